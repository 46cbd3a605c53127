import { describe, expect, it } from 'vitest';
import { closeUnitSchema } from './close-unit';
import { suggestedChildKind, toUnitChanges, unitFormSchema } from './save-unit';

const valid = {
  parentId: '00000000-0000-4000-8000-000000000001',
  code: ' CB01 ',
  name: 'Chi bộ thôn  Đông'.normalize('NFD'),
  kind: 'cell',
  sector: '',
  openedOn: '',
} as const;

describe('unit form schema', () => {
  it('cleans text and turns empty choices into null', () => {
    const parsed = unitFormSchema(true).parse(valid);
    expect(parsed).toMatchObject({
      code: 'CB01',
      name: 'Chi bộ thôn Đông',
      sector: null,
      openedOn: null,
    });
  });

  it('requires code, name and (below the root) a parent, with message keys', () => {
    const result = unitFormSchema(true).safeParse({ ...valid, parentId: '', code: ' ', name: '' });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries(
      (result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]),
    );
    expect(messages).toEqual({
      code: 'validation.required',
      name: 'validation.required',
      parentId: 'units.form.parentRequired',
    });
    expect(unitFormSchema(false).safeParse({ ...valid, parentId: '' }).success).toBe(true);
  });

  it('leaves the parent out of an edit that may not move the unit', () => {
    const values = unitFormSchema(false).parse({ ...valid, parentId: '' });
    expect(toUnitChanges(values, false)).not.toHaveProperty('parentId');
    expect(toUnitChanges(values, true)).toHaveProperty('parentId', null);
  });

  it('suggests the usual kind under a parent', () => {
    expect(suggestedChildKind('province')).toBe('upper');
    expect(suggestedChildKind('upper')).toBe('grassroots_committee');
    expect(suggestedChildKind('grassroots_committee')).toBe('cell');
  });
});

describe('close unit schema', () => {
  it('requires a date not before the unit was founded', () => {
    const schema = closeUnitSchema('2020-01-01');
    const message = (closedOn: string) =>
      schema.safeParse({ closedOn, successorId: '' }).error?.issues[0]?.message;
    expect(message('')).toBe('validation.required');
    expect(message('2019-12-31')).toBe('units.close.beforeOpened');
    expect(schema.parse({ closedOn: '2025-07-01', successorId: '' })).toEqual({
      closedOn: '2025-07-01',
      successorId: null,
    });
  });
});
