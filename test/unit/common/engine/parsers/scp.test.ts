/** The SCP keywords and tenant comparisons, table-driven (issue 17a). */
import { describe, expect, it } from 'vitest';
import {
  normalTenantId,
  sameTenant,
  tenantFromKeywords,
  tenantFromRegistry,
} from '../../../../../common/engine/parsers/scp.js';

// Microsoft's published layout (how-to-hybrid-join: "azureADName:microsoft.com azureADId:72f988bf-…").
const ID = '72f988bf-86f1-41af-91ab-2d7cd011db47';

describe('tenantFromKeywords', () => {
  it.each([
    [['azureADName:microsoft.com', `azureADId:${ID}`], { tenantId: ID, tenantName: 'microsoft.com' }],
    [
      [`AZUREADID: {${ID.toUpperCase()}} `, 'azureadname:Contoso.COM'],
      { tenantId: ID, tenantName: 'contoso.com' },
    ],
    [['azureADName:contoso.com'], { tenantId: null, tenantName: 'contoso.com' }],
    [['azureADId:not-a-guid', 'enterpriseDrsName:x'], { tenantId: null, tenantName: null }],
    [[], { tenantId: null, tenantName: null }],
    [[42, null, 'azureADName:'], { tenantId: null, tenantName: null }],
  ])('%j → %j', (keywords, tenant) => {
    expect(tenantFromKeywords(keywords)).toEqual(tenant);
  });
});

describe('tenantFromRegistry and comparisons', () => {
  it('reads TenantId and TenantName, null without the key', () => {
    expect(tenantFromRegistry({ TenantId: ID, TenantName: 'contoso.com' })).toEqual({
      tenantId: ID,
      tenantName: 'contoso.com',
    });
    expect(tenantFromRegistry(null)).toBeNull();
  });

  it.each([
    [`{${ID}}`, ID],
    [` ${ID.toUpperCase()} `, ID],
    ['72f988bf', null],
    [7, null],
  ])('normalTenantId(%j) = %j', (raw, id) => {
    expect(normalTenantId(raw)).toBe(id);
  });

  it('compares tenants by id only: verified domains differ legitimately', () => {
    const a = { tenantId: ID, tenantName: 'contoso.com' };
    expect(sameTenant(a, { tenantId: ID, tenantName: 'contoso.onmicrosoft.com' })).toBe(true);
    expect(
      sameTenant(a, { tenantId: 'a3c4e5f6-1b2d-4c8e-9f0a-6b7c8d9e0f12', tenantName: 'contoso.com' }),
    ).toBe(false);
    expect(sameTenant(a, { tenantId: null, tenantName: 'fabrikam.com' })).toBe(true);
  });
});
