// Messages of the validation rules (core/validation). A finding's `code` is its rule id, or the
// rule id with a suffix where one rule says several different things.
import { defineMessages } from './define.ts';

export const validationMessages = defineMessages({});
