// Cainiao / AliExpress action codes: the catalogue's codes, then the code families of
// contract §1 for codes the catalogue does not list.
import { STATUS_BY_ID } from '../catalogue/index';
import type { StatusRecord } from '../types';
import { result, type Classification } from './engine';

const STATUS_BY_CODE = new Map<string, StatusRecord>();
for (const record of STATUS_BY_ID.values()) for (const code of record.codes) STATUS_BY_CODE.set(code, record);

// Code families (contract §1): a code missing from the catalogue takes its family's status.
const CODE_FAMILIES: readonly (readonly [prefix: string, status: string])[] = [
  ['GTMS_RETURN', 'returning-to-sender'],
  ['RT_', 'returning-to-sender'],
  ['GSTA', 'arrived-at-pickup-point'],
  ['GTMS_', 'delivery-update'],
  ['CC_IM_', 'processing-in-customs'],
  ['CC_EX_', 'export-customs-started'],
  ['CC_TRANS_', 'transit-customs-started'],
  ['CUS_', 'processing-in-customs'],
  ['CIQ_', 'processing-in-customs'],
  ['TD_', 'in-transit'],
  ['LH_', 'in-transit'],
  ['SC_', 'origin-sorting-inbound'],
  ['GWMS_', 'warehouse-order-received'],
  ['CW_', 'consolidation-warehouse'],
  ['PU_', 'collected-by-carrier'],
];

/**
 * The status of a Cainiao action code (with or without the `AE_` prefix and an extra
 * `_SUCCESS`), or null where the code says nothing about the stage (`EXCEPTION`, domestic-China
 * codes, unknown families): such an event is classified by its text.
 */
export function classifyCode(code: string): Classification | null {
  if (typeof code !== 'string') return null;
  let base = code.trim().toUpperCase();
  if (base.startsWith('AE_')) base = base.slice(3);
  let record = STATUS_BY_CODE.get(base);
  if (!record && base.endsWith('_SUCCESS')) record = STATUS_BY_CODE.get(base.slice(0, -'_SUCCESS'.length));
  if (record) return result(record, 1);
  const family = CODE_FAMILIES.find(([prefix]) => base.startsWith(prefix));
  const familyRecord = family ? STATUS_BY_ID.get(family[1]) : undefined;
  return familyRecord ? result(familyRecord, 0.7) : null;
}
