import { JOURNEY_STAGES, SIDE_STAGES, type JourneyStageId, type SideStageId, type StageId } from './types';

// The stage model (contract §1): ten journey stages in order, three side stages that end or
// break the journey. Names and descriptions are in each language's text module.

export interface StageRecord {
  id: StageId;
  /** 1–10 for journey stages, 0 for side stages. */
  step: number;
  journey: boolean;
  /**
   * Id of the typical duration (facts/durations.ts) of the time a parcel usually spends in this
   * stage, or null where the stage ends the journey.
   */
  usualDuration: string | null;
}

const USUAL_DURATION: Record<JourneyStageId, string | null> = {
  ordered: 'seller-processing',
  shipped: 'carrier-acceptance',
  'origin-hub': 'origin-sorting',
  export: 'export-customs',
  international: 'airline-handover',
  arrived: 'arrival-to-customs',
  'import-customs': 'import-clearance',
  'last-mile': 'last-mile-delivery',
  'out-for-delivery': 'delivery-round',
  delivered: null,
};

export const STAGES: readonly StageRecord[] = [
  ...JOURNEY_STAGES.map((id, index) => ({ id, step: index + 1, journey: true, usualDuration: USUAL_DURATION[id] })),
  ...SIDE_STAGES.map((id: SideStageId) => ({ id, step: 0, journey: false, usualDuration: null })),
];

export const STAGE_BY_ID: ReadonlyMap<StageId, StageRecord> = new Map(STAGES.map((stage) => [stage.id, stage]));

export function isJourneyStage(stage: StageId): stage is JourneyStageId {
  return (JOURNEY_STAGES as readonly string[]).includes(stage);
}

/** 1–10 for journey stages, 0 for side stages. */
export function stageStep(stage: StageId): number {
  return STAGE_BY_ID.get(stage)?.step ?? 0;
}
