import { describe, expect, test } from 'vitest';
import { issuesOf, NOW, samples, withField } from '../../../test/contract/helpers.js';
import { shiftMinutes } from '../../../test/samples/index.js';

const s = samples();
const later = (minutes: number) => shiftMinutes(NOW, minutes);

describe('production-resource-ready', () => {
  test('(type, label) pairs are unique', () => {
    expect(issuesOf(withField(s.resources, ['resources', 2, 'label'], 'primary-db'))).toEqual([]);
    expect(issuesOf(withField(s.resources, ['resources', 2, 'type'], 'd1'))).toEqual([]);
    const dup = withField(
      withField(s.resources, ['resources', 2, 'type'], 'd1'),
      ['resources', 2, 'label'],
      'primary-db',
    );
    expect(issuesOf(dup)).toEqual(['duplicate-entry /resources/2']);
  });
  test('checkedAt is not in the future', () => {
    expect(issuesOf(withField(s.resources, ['resources', 1, 'checkedAt'], later(30)))).toEqual([
      'time-order /resources/1/checkedAt',
    ]);
  });
});
