/** The lab catalogue, in the learning path's order. */
import type { Lab } from '@/labs/types';
import { lab01 } from './lab-01-iam-setup';
import { lab02 } from './lab-02-create-cmk';
import { lab03 } from './lab-03-cli-encrypt';
import { lab04 } from './lab-04-data-key';
import { lab05 } from './lab-05-file-encryption';
import { lab06 } from './lab-06-rotation';
import { lab07 } from './lab-07-key-states';
import { lab08 } from './lab-08-separation-of-duties';
import { lab09 } from './lab-09-import';
import { lab10 } from './lab-10-break-it';
import { lab11 } from './lab-11-acm-cloudfront';
import { lab12 } from './lab-12-sign-verify';
import { lab13 } from './lab-13-hmac-tokens';
import { lab14 } from './lab-14-grant';
import { lab15 } from './lab-15-key-store';
import { lab16 } from './lab-16-data-keys-later';
import { lab17 } from './lab-17-manual-rotation';

export const LABS: readonly Lab[] = [lab01, lab02, lab03, lab04, lab05, lab06, lab07, lab08, lab09, lab10, lab11, lab12, lab13, lab14, lab15, lab16, lab17];

export const findLab = (id: string) => LABS.find((l) => l.id === id);
