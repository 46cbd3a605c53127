import { describe, expect, it } from 'vitest';
import {
  CLASS_KINDS,
  EDUCATION_LEVELS,
  ETHNICITY_NAMES,
  ETHNIC_GROUPS,
  GENDERS,
  KINH,
  MILESTONE_KEYS,
  NATURALISED_FOREIGNER,
  OCCUPATIONS,
  RELIGIONS,
  RELIGION_NAMES,
  UNIT_KINDS,
  UNIT_SECTORS,
  WORKPLACE_SECTORS,
  isEthnicMinority,
  resolveEthnicity,
  resolveReligion,
} from './code-lists';
import { foldForCompare } from './text';

describe('ethnic groups', () => {
  it('lists the 54 groups in the GSO order, each name once, in NFC', () => {
    expect(ETHNIC_GROUPS).toHaveLength(54);
    expect(ETHNIC_GROUPS.map((group) => group.order)).toEqual(
      Array.from({ length: 54 }, (_, index) => index + 1),
    );
    const names = ETHNIC_GROUPS.map((group) => group.name);
    expect(new Set(names).size).toBe(54);
    for (const group of ETHNIC_GROUPS) {
      expect(group.name).toBe(group.name.normalize('NFC'));
      for (const alias of group.aliases) expect(alias).toBe(alias.normalize('NFC'));
    }
    expect(ETHNICITY_NAMES).toEqual([...names, NATURALISED_FOREIGNER]);
  });

  it('resolves every name and alias to the stored name', () => {
    for (const group of ETHNIC_GROUPS) {
      expect(resolveEthnicity(group.name)).toBe(group.name);
      for (const alias of group.aliases) expect(resolveEthnicity(alias), alias).toBe(group.name);
    }
  });

  it('never lets one name or alias point at two groups', () => {
    const groupOf = new Map<string, string>();
    for (const group of ETHNIC_GROUPS)
      for (const value of [group.name, ...group.aliases]) {
        const key = foldForCompare(value);
        expect(groupOf.get(key) ?? group.name, value).toBe(group.name);
        groupOf.set(key, group.name);
      }
  });

  it('ignores case, composition and surrounding white space', () => {
    expect(resolveEthnicity('khmer')).toBe('Khơ-me');
    expect(resolveEthnicity('KHMER')).toBe('Khơ-me');
    expect(resolveEthnicity("H'Mông")).toBe('HMông');
    expect(resolveEthnicity('h\u0027mông')).toBe('HMông');
    expect(resolveEthnicity('mèo')).toBe('HMông');
    expect(resolveEthnicity('Tày'.normalize('NFD'))).toBe('Tày');
    expect(resolveEthnicity('  Ê   đê ')).toBe('Ê-đê');
    expect(resolveEthnicity('ba na')).toBe('Ba-na');
    expect(resolveEthnicity('việt')).toBe('Kinh');
    expect(resolveEthnicity('người nước ngoài nhập quốc tịch')).toBe(NATURALISED_FOREIGNER);
  });

  it('knows no other name', () => {
    expect(resolveEthnicity('')).toBeUndefined();
    expect(resolveEthnicity('Kinh tế')).toBeUndefined();
    expect(resolveEthnicity('Tay')).toBeUndefined(); // marks matter: Tay is not Tày
    expect(resolveEthnicity('Việt Kiều')).toBeUndefined();
  });

  it('counts every group but Kinh as a minority', () => {
    expect(isEthnicMinority(KINH)).toBe(false);
    expect(isEthnicMinority('Tày')).toBe(true);
    expect(isEthnicMinority(NATURALISED_FOREIGNER)).toBe(true);
  });
});

describe('religions', () => {
  it('lists the 16 recognised religions, each once', () => {
    expect(RELIGIONS).toHaveLength(16);
    expect(new Set(RELIGION_NAMES).size).toBe(16);
    expect(RELIGION_NAMES).toContain('Phật giáo');
    expect(RELIGION_NAMES).toContain('Bửu Sơn Kỳ Hương');
  });

  it('resolves names and aliases, case- and NFC-insensitive', () => {
    for (const religion of RELIGIONS) {
      expect(resolveReligion(religion.name)).toBe(religion.name);
      for (const alias of religion.aliases)
        expect(resolveReligion(alias), alias).toBe(religion.name);
    }
    expect(resolveReligion('thiên chúa giáo')).toBe('Công giáo');
    expect(resolveReligion('Hòa Hảo'.normalize('NFD'))).toBe('Phật giáo Hòa Hảo');
    expect(resolveReligion('islam')).toBe('Hồi giáo');
    expect(resolveReligion("baha'i")).toBe("Tôn giáo Baha'i");
    expect(resolveReligion('Không')).toBeUndefined();
    expect(resolveReligion('Đạo Mẫu')).toBeUndefined();
  });
});

describe('enumerations of the exchange format', () => {
  it('has the values the contract lists, in its order', () => {
    expect(OCCUPATIONS).toEqual([
      'high_school_student',
      'university_student',
      'worker',
      'enterprise_manager',
      'farmer',
      'civil_servant',
      'armed_forces',
      'self_employed',
      'other',
    ]);
    expect(UNIT_KINDS).toEqual([
      'province',
      'upper',
      'grassroots_committee',
      'grassroots_cell',
      'sub_committee',
      'cell',
    ]);
    expect(UNIT_SECTORS).toHaveLength(10);
    expect(WORKPLACE_SECTORS).toEqual(['state', 'non_state', 'fdi']);
    expect(EDUCATION_LEVELS).toHaveLength(7);
    expect(CLASS_KINDS).toEqual(['awareness', 'new_member', 'other']);
    expect(GENDERS).toEqual(['female', 'male']);
    expect(MILESTONE_KEYS).toEqual([
      'sourcedOn',
      'awarenessCertOn',
      'applicationOn',
      'cellResolutionOn',
      'decisionOn',
      'admittedOn',
      'officialOn',
      'removedOn',
    ]);
  });
});
