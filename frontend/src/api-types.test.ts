// api-types.ts is generated from api/openapi.yaml: this fails when one was
// changed without the other (run `npm run gen:types`).

import { readFileSync } from 'node:fs';
import openapiTS, { astToString, COMMENT_HEADER } from 'openapi-typescript';
import { describe, expect, it } from 'vitest';

describe('api-types.ts', () => {
  it('is what openapi-typescript generates from api/openapi.yaml now', async () => {
    const spec = new URL('../../api/openapi.yaml', import.meta.url);
    const generated = COMMENT_HEADER + astToString(await openapiTS(spec));
    const committed = readFileSync(new URL('./api-types.ts', import.meta.url), 'utf8');
    expect(committed === generated, 'src/api-types.ts is stale: run `npm run gen:types` in frontend/').toBe(true);
  });
});
