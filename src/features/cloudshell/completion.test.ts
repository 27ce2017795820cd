import { describe, expect, it } from 'vitest';
import { applyCompletion, columns, commonPrefix, displayName } from './completion';

describe('tab completion', () => {
  it('completes a single candidate and adds a space', () => {
    expect(applyCompletion('aws kms enc', 11, { start: 8, end: 11, candidates: ['encrypt'] })).toEqual({ line: 'aws kms encrypt ', cursor: 16 });
  });

  it('adds no space after a directory or fileb://, and keeps what follows the cursor', () => {
    expect(applyCompletion('cd di', 5, { start: 3, end: 5, candidates: ['dir/'] })).toEqual({ line: 'cd dir/', cursor: 7 });
    expect(applyCompletion('x --b f', 7, { start: 6, end: 7, candidates: ['fileb://'] })).toEqual({ line: 'x --b fileb://', cursor: 14 });
    expect(applyCompletion('cat se | wc', 6, { start: 4, end: 6, candidates: ['secret.txt'] })).toEqual({ line: 'cat secret.txt | wc', cursor: 14 });
  });

  it('extends to the common prefix of several candidates', () => {
    expect(applyCompletion('aws kms get-key-p', 17, { start: 8, end: 17, candidates: ['get-key-policy', 'get-key-policy-x'] })).toEqual({
      line: 'aws kms get-key-policy',
      cursor: 22,
    });
  });

  it('lists several candidates when there is no prefix to add, leaving the line as it is', () => {
    expect(applyCompletion('aws kms de', 10, { start: 8, end: 10, candidates: ['decrypt', 'delete-alias'] })).toEqual({
      line: 'aws kms de',
      cursor: 10,
      list: ['decrypt', 'delete-alias'],
    });
  });

  it('does nothing without candidates', () => {
    expect(applyCompletion('zzz', 3, { start: 0, end: 3, candidates: [] })).toEqual({ line: 'zzz', cursor: 3 });
  });

  it('lays lists out column by column, and shows paths by their last part', () => {
    expect(columns(['a', 'bb', 'c', 'd', 'e'], 12)).toEqual(['a   c   e', 'bb  d']);
    expect(columns(['one'], 2)).toEqual(['one']);
    expect(['fileb://secret.txt', 'dir/sub/', 'fileb://', 'plain'].map(displayName)).toEqual(['secret.txt', 'sub/', 'fileb://', 'plain']);
    expect(commonPrefix(['encrypt', 'enable-key'])).toBe('en');
  });
});
