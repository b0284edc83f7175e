import { describeRuleSamples } from '../../../test/privacy/rule-samples.js';
import { STORAGE_RULES } from './storage.js';

describeRuleSamples(STORAGE_RULES);
