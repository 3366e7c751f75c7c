import { describe, expect, it } from 'vitest';
import { kindLabel, MESSAGES, nodeKindLabel, translate } from './i18n';

describe('i18n', () => {
  it('has every key in both languages, none empty', () => {
    const zhKeys = Object.keys(MESSAGES.zh).sort();
    expect(Object.keys(MESSAGES.en).sort()).toEqual(zhKeys);
    for (const lang of ['zh', 'en'] as const) {
      for (const [k, v] of Object.entries(MESSAGES[lang])) expect(v, `${lang} ${k}`).not.toBe('');
    }
  });

  it('uses the same placeholders in both languages', () => {
    const names = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(MESSAGES.zh) as (keyof typeof MESSAGES.zh)[]) {
      expect(names(MESSAGES.en[key]), key).toEqual(names(MESSAGES.zh[key]));
    }
  });

  it('defaults to Chinese strings and fills placeholders', () => {
    expect(translate('zh', 'nav.network')).toBe('协同网络');
    expect(translate('en', 'nav.network')).toBe('Network');
    expect(translate('zh', 'common.showing', { shown: 10, total: 144 })).toBe('显示 10 / 共 144 条');
    expect(translate('en', 'panel.sharedTasks', { a: 'A', b: 'B', count: 2 })).toBe('Tasks shared by A and B (2)');
  });

  it('keeps unknown placeholders', () => {
    expect(translate('en', 'common.showing', { shown: 1 })).toBe('Showing 1 of {total}');
  });

  it('labels unit and node kinds, passing unknown kinds through', () => {
    expect(kindLabel('zh', 'street')).toBe('街道');
    expect(kindLabel('en', 'street')).toBe('Street office');
    expect(kindLabel('en', 'martian')).toBe('martian');
    expect(nodeKindLabel('zh', 'Unit')).toBe('单位');
  });
});
