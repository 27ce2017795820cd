/**
 * The CLI's formatters, against outputs of awscli's own TableFormatter, TextFormatter,
 * JSONFormatter and YAMLFormatter (Python, awscli 2.9.19, 80 columns, no color) for the same data.
 */
import { describe, expect, it } from 'vitest';
import type { PyValue } from '@/cli/aws/py';
import { pyJsonDumps } from './json';
import { formatTable } from './table';
import { formatText } from './text';
import { formatYaml } from './yaml';
import { textWidth } from './width';

interface Case {
  title: string;
  data: PyValue;
  table: string;
  text: string;
  json: string;
  yaml: string;
}

const CASES: Case[] = [
  {
    title: 'DescribeKey',
    data: {
      KeyMetadata: {
        AWSAccountId: '111122223333',
        KeyId: 'k1',
        Enabled: true,
        EncryptionAlgorithms: ['SYMMETRIC_DEFAULT'],
        Description: '',
        MultiRegion: false,
      },
    },
    table:
      '----------------------------------------------------------------------\n|                             DescribeKey                            |\n+--------------------------------------------------------------------+\n||                            KeyMetadata                           ||\n|+--------------+--------------+----------+---------+---------------+|\n|| AWSAccountId | Description  | Enabled  |  KeyId  |  MultiRegion  ||\n|+--------------+--------------+----------+---------+---------------+|\n||  111122223333|              |  True    |  k1     |  False        ||\n|+--------------+--------------+----------+---------+---------------+|\n|||                      EncryptionAlgorithms                      |||\n||+----------------------------------------------------------------+||\n|||  SYMMETRIC_DEFAULT                                             |||\n||+----------------------------------------------------------------+||\n',
    text: 'KEYMETADATA\t111122223333\t\tTrue\tk1\tFalse\nENCRYPTIONALGORITHMS\tSYMMETRIC_DEFAULT\n',
    json: '{\n    "KeyMetadata": {\n        "AWSAccountId": "111122223333",\n        "KeyId": "k1",\n        "Enabled": true,\n        "EncryptionAlgorithms": [\n            "SYMMETRIC_DEFAULT"\n        ],\n        "Description": "",\n        "MultiRegion": false\n    }\n}\n',
    yaml: "KeyMetadata:\n  AWSAccountId: '111122223333'\n  Description: ''\n  Enabled: true\n  EncryptionAlgorithms:\n  - SYMMETRIC_DEFAULT\n  KeyId: k1\n  MultiRegion: false\n",
  },
  {
    title: 'ListAliases',
    data: {
      Aliases: [
        { AliasName: 'alias/a', AliasArn: 'arn:a' },
        { AliasName: 'alias/b', AliasArn: 'arn:b', TargetKeyId: 'k' },
      ],
    },
    table:
      '--------------------------------------------\n|                ListAliases               |\n+------------------------------------------+\n||                 Aliases                ||\n|+----------+-------------+---------------+|\n|| AliasArn |  AliasName  |  TargetKeyId  ||\n|+----------+-------------+---------------+|\n||  arn:a   |  alias/a    |               ||\n||  arn:b   |  alias/b    |  k            ||\n|+----------+-------------+---------------+|\n',
    text: 'ALIASES\tarn:a\talias/a\t\nALIASES\tarn:b\talias/b\tk\n',
    json: '{\n    "Aliases": [\n        {\n            "AliasName": "alias/a",\n            "AliasArn": "arn:a"\n        },\n        {\n            "AliasName": "alias/b",\n            "AliasArn": "arn:b",\n            "TargetKeyId": "k"\n        }\n    ]\n}\n',
    yaml: 'Aliases:\n- AliasArn: arn:a\n  AliasName: alias/a\n- AliasArn: arn:b\n  AliasName: alias/b\n  TargetKeyId: k\n',
  },
  {
    title: 'GetKeyRotationStatus',
    data: { KeyRotationEnabled: true },
    table:
      '--------------------------------\n|     GetKeyRotationStatus     |\n+---------------------+--------+\n|  KeyRotationEnabled |  True  |\n+---------------------+--------+\n',
    text: 'True\n',
    json: '{\n    "KeyRotationEnabled": true\n}\n',
    yaml: 'KeyRotationEnabled: true\n',
  },
  {
    title: 'Nested',
    data: { A: [{ x: 1, L: [{ y: 2 }, { y: 3 }] }, { x: 4 }], S: 'top' },
    table:
      '--------------\n|   Nested   |\n+----+-------+\n|  S |  top  |\n+----+-------+\n||     A    ||\n|+----------+|\n||     x    ||\n|+----------+|\n||  1       ||\n|+----------+|\n|||    L   |||\n||+--------+||\n|||    y   |||\n||+--------+||\n|||  2     |||\n|||  3     |||\n||+--------+||\n||     A    ||\n|+----------+|\n||     x    ||\n|+----------+|\n||  4       ||\n|+----------+|\n',
    text: 'top\nA\t1\nL\t2\nL\t3\nA\t4\n',
    json: '{\n    "A": [\n        {\n            "x": 1,\n            "L": [\n                {\n                    "y": 2\n                },\n                {\n                    "y": 3\n                }\n            ]\n        },\n        {\n            "x": 4\n        }\n    ],\n    "S": "top"\n}\n',
    yaml: 'A:\n- L:\n  - y: 2\n  - y: 3\n  x: 1\n- x: 4\nS: top\n',
  },
  {
    title: 'Scalars',
    data: [
      ['a', 'b'],
      ['c', 'd'],
    ],
    table: '------------\n|  Scalars |\n+----+-----+\n|  a |  b  |\n|  c |  d  |\n+----+-----+\n',
    text: 'a\tb\nc\td\n',
    json: '[\n    [\n        "a",\n        "b"\n    ],\n    [\n        "c",\n        "d"\n    ]\n]\n',
    yaml: '- - a\n  - b\n- - c\n  - d\n',
  },
  {
    title: 'Ragged',
    data: ['a', ['c', 'd']],
    table: 'ERROR: Row should have 1 elements, instead it has 2',
    text: 'a\nc\td\n',
    json: '[\n    "a",\n    [\n        "c",\n        "d"\n    ]\n]\n',
    yaml: '- a\n- - c\n  - d\n',
  },
  {
    title: 'Wide',
    data: { K: 'a-very-long-value-that-goes-on-and-on-and-on-and-on-and-on-and-on-and-on-xx', L: 'short' },
    table:
      '--------------------------------------------------------------------------------------\n|                                        Wide                                        |\n+---+--------------------------------------------------------------------------------+\n|  K|  a-very-long-value-that-goes-on-and-on-and-on-and-on-and-on-and-on-and-on-xx   |\n|  L|  short                                                                         |\n+---+--------------------------------------------------------------------------------+\n',
    text: 'a-very-long-value-that-goes-on-and-on-and-on-and-on-and-on-and-on-and-on-xx\tshort\n',
    json: '{\n    "K": "a-very-long-value-that-goes-on-and-on-and-on-and-on-and-on-and-on-and-on-xx",\n    "L": "short"\n}\n',
    yaml: 'K: a-very-long-value-that-goes-on-and-on-and-on-and-on-and-on-and-on-and-on-xx\nL: short\n',
  },
  {
    title: 'Unicode',
    data: { Name: 'café ✓ 日本', N: null },
    table:
      '--------------------------\n|         Unicode        |\n+-------+----------------+\n|   N   |     Name       |\n+-------+----------------+\n|  None |  café ✓ 日本  |\n+-------+----------------+\n',
    text: 'None\tcafé ✓ 日本\n',
    json: '{\n    "Name": "café ✓ 日本",\n    "N": null\n}\n',
    yaml: 'N: null\nName: café ✓ 日本\n',
  },
  {
    title: 'Empty',
    data: {},
    table: '',
    text: '',
    json: '',
    yaml: '',
  },
  {
    title: 'Query',
    data: 'just a string',
    table: '-------\n|Query|\n+-----+\n',
    text: 'just a string\n',
    json: '"just a string"\n',
    yaml: '"just a string"\n',
  },
];

describe('output formats, byte for byte with awscli', () => {
  for (const c of CASES) {
    it(`${c.title}: table, text, json, yaml`, () => {
      if (c.table.startsWith('ERROR: ')) expect(() => formatTable(c.title, c.data, 80)).toThrow(c.table.slice(7));
      else expect(formatTable(c.title, c.data, 80)).toBe(c.table);
      expect(formatText(c.data)).toBe(c.text);
      const empty = c.data && typeof c.data === 'object' && !Array.isArray(c.data) && Object.keys(c.data).length === 0;
      expect(empty ? '' : pyJsonDumps(c.data, 4) + '\n').toBe(c.json);
      expect(empty ? '' : formatYaml(c.data)).toBe(c.yaml);
    });
  }

  it('measures wide and ambiguous characters as two columns', () => {
    expect([textWidth('abc'), textWidth('日本'), textWidth('é'), textWidth('✓')]).toEqual([3, 4, 2, 1]);
  });
});
