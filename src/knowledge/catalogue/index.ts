import type { StatusRecord } from '../types';
import { STATUSES } from './statuses';

export { STATUSES };

export const STATUS_BY_ID: ReadonlyMap<string, StatusRecord> = new Map(STATUSES.map((status) => [status.id, status]));
