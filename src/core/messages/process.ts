// Messages of the budget process (core/process): rounds, workflow, targets, rising profiles.
import { defineMessages } from './define.ts';

export const processMessages = defineMessages({});
