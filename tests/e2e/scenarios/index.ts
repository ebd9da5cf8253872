import type { DriverFactory } from '../harness/driver';
import { annotationScenarios } from './annotation';
import { extensionLoadsScenarios } from './extension-loads';
import { hostileScenarios } from './hostile';
import { leastPrivilegeScenarios } from './least-privilege';
import { popupScenarios } from './popup';
import { reliabilityScenarios } from './reliability';

/** Every user-level scenario; each browser's test file runs all of them with its own driver. */
export function allScenarios(launch: DriverFactory): void {
  extensionLoadsScenarios(launch);
  annotationScenarios(launch);
  popupScenarios(launch);
  reliabilityScenarios(launch);
  hostileScenarios(launch);
  leastPrivilegeScenarios(launch);
}
