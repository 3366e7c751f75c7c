import { describe, expect, it } from 'vitest';
import { ApiError } from './api';
import { errorText, ScopeError } from './app';
import { translate, type Lang } from './i18n';

const t = (lang: Lang) => ({ t: (key: Parameters<typeof translate>[1], vars?: Record<string, string | number>) => translate(lang, key, vars) });

describe('errorText', () => {
  it('says a problem in the UI language by its code, keeping the server’s words as the detail', () => {
    const e = new ApiError(503, 'Service Unavailable', 'the embedded store cannot be reached', 'unavailable');
    expect(errorText(t('zh'), e)).toEqual({ message: '数据存储暂时无法访问，请稍后再试。', detail: 'the embedded store cannot be reached' });
    expect(errorText(t('en'), e).message).toBe('The store cannot be reached; try again later.');
  });

  it('falls back on the status for an unknown or missing code', () => {
    expect(errorText(t('zh'), new ApiError(502, 'Bad Gateway', '', '')).message).toBe('服务器内部错误。');
    expect(errorText(t('zh'), new ApiError(418, 'Teapot', 'short and stout', 'teapot'))).toEqual({ message: '请求参数有误，请检查筛选条件。', detail: 'short and stout' });
  });

  it('says a failed fetch is no answer, and a scope error as it is', () => {
    expect(errorText(t('zh'), new TypeError('Failed to fetch')).message).toBe('无法连接服务器。');
    expect(errorText(t('zh'), new ScopeError('没有编号为 x 的文档。'))).toEqual({ message: '没有编号为 x 的文档。', detail: '' });
  });
});
