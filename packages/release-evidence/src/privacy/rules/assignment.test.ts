import { describeRuleSamples } from '../../../test/privacy/rule-samples.js';
import { ASSIGNMENT_RULES } from './assignment.js';

describeRuleSamples(ASSIGNMENT_RULES);
