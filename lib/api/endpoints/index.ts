/**
 * The registry of /api/v1 endpoints: every endpoint is listed here once. A route file serves an entry by its
 * method and path (app/_edge/api-route.ts), and /api/v1/openapi.json describes them all.
 */
import type { AnyEndpoint, HttpMethod } from "../endpoint";
import { getCountryEndpoint, listCountriesEndpoint } from "./countries";
import {
  editExperienceEndpoint,
  getExperienceEndpoint,
  listExperiencesEndpoint,
  publishExperienceEndpoint,
  withdrawExperienceEndpoint,
  writeExperienceEndpoint,
} from "./experiences";
import { editMilestoneEndpoint, listMilestonesEndpoint, listStepsEndpoint, logMilestoneEndpoint } from "./progress";
import {
  addSupportEntryEndpoint,
  addSupportTransactionEndpoint,
  editSupportEntryEndpoint,
  listNeedsEndpoint,
  listSupportEntriesEndpoint,
} from "./support";
import { getMatrixEndpoint, listMatrixChangesEndpoint } from "./matrix";
import {
  addSchemeEndpoint,
  editSchemeEndpoint,
  getSchemeEndpoint,
  listSchemesEndpoint,
  restoreSchemeEndpoint,
  withdrawSchemeEndpoint,
} from "./schemes";
import { getHomeEndpoint } from "./home";
import { getAssessmentGapsEndpoint } from "./assessment-gaps";
import { getCostingComparisonEndpoint } from "./costing-comparison";
import {
  addAssessmentItemEndpoint,
  decideRecommendationEndpoint,
  editAssessmentItemEndpoint,
  getAssessmentItemEndpoint,
  listAssessmentItemHistoryEndpoint,
  moveAssessmentItemEndpoint,
  restoreAssessmentItemEndpoint,
  withdrawAssessmentItemEndpoint,
} from "./assessment";
import { endorseAssessmentEndpoint, getAssessmentMatrixEndpoint, getAssessmentVersionEndpoint, shareAssessmentEndpoint } from "./assessment-matrix";
import {
  getCostingEndpoint,
  getCostingVersionEndpoint,
  importPopulationEndpoint,
  setCostingFrameEndpoint,
  setPopulationEndpoint,
  setYearFiguresEndpoint,
  shareCostingEndpoint,
  validateCostingEndpoint,
} from "./costing";
import {
  addPackageEndpoint,
  addScenarioEndpoint,
  createNeedsFromPackageEndpoint,
  editPackageEndpoint,
  editScenarioEndpoint,
  restoreScenarioEndpoint,
  setFinancingEndpoint,
  withdrawPackageEndpoint,
  withdrawScenarioEndpoint,
} from "./costing-scenarios";
import {
  editCountryIndicatorEndpoint,
  followIndicatorEndpoint,
  getCountryIndicatorEndpoint,
  getCountryResultsEndpoint,
  getIndicatorAcrossCountriesEndpoint,
  listIndicatorsEndpoint,
  restoreCountryIndicatorEndpoint,
  withdrawCountryIndicatorEndpoint,
} from "./results";
import {
  acceptProposalEndpoint,
  declineProposalEndpoint,
  editIndicatorValueEndpoint,
  proposeIndicatorValueEndpoint,
  recordIndicatorValueEndpoint,
  restoreIndicatorValueEndpoint,
  withdrawIndicatorValueEndpoint,
} from "./results-values";
import {
  addPlannedMilestoneEndpoint,
  editPlannedMilestoneEndpoint,
  getCountryPlanEndpoint,
  listBaselinesEndpoint,
  restorePlannedMilestoneEndpoint,
  saveBaselineEndpoint,
  setStepPlanEndpoint,
  withdrawBaselineEndpoint,
  withdrawPlannedMilestoneEndpoint,
} from "./plans";
import {
  editRoundEndpoint,
  getCompletenessEndpoint,
  getCountryReportEndpoint,
  getRoundEndpoint,
  listRoundsEndpoint,
  openRoundEndpoint,
  restoreRoundEndpoint,
  saveReportNarrativeEndpoint,
  withdrawRoundEndpoint,
} from "./rounds";
import { acceptReportEndpoint, reopenReportEndpoint, returnReportEndpoint, submitReportEndpoint } from "./rounds-reports";
import { applyIatiImportEndpoint, getIatiImportEndpoint, listIatiImportsEndpoint, uploadIatiImportEndpoint } from "./iati-imports";

export const endpoints: readonly AnyEndpoint[] = [
  listCountriesEndpoint,
  getCountryEndpoint,
  getMatrixEndpoint,
  listMatrixChangesEndpoint,
  listStepsEndpoint,
  logMilestoneEndpoint,
  listMilestonesEndpoint,
  editMilestoneEndpoint,
  listSupportEntriesEndpoint,
  addSupportEntryEndpoint,
  editSupportEntryEndpoint,
  addSupportTransactionEndpoint,
  listNeedsEndpoint,
  listExperiencesEndpoint,
  writeExperienceEndpoint,
  getExperienceEndpoint,
  editExperienceEndpoint,
  withdrawExperienceEndpoint,
  publishExperienceEndpoint,
  listSchemesEndpoint,
  addSchemeEndpoint,
  getSchemeEndpoint,
  editSchemeEndpoint,
  withdrawSchemeEndpoint,
  restoreSchemeEndpoint,
  getAssessmentGapsEndpoint,
  getAssessmentMatrixEndpoint,
  addAssessmentItemEndpoint,
  getAssessmentItemEndpoint,
  editAssessmentItemEndpoint,
  moveAssessmentItemEndpoint,
  withdrawAssessmentItemEndpoint,
  restoreAssessmentItemEndpoint,
  decideRecommendationEndpoint,
  listAssessmentItemHistoryEndpoint,
  endorseAssessmentEndpoint,
  shareAssessmentEndpoint,
  getAssessmentVersionEndpoint,
  getCostingEndpoint,
  getCostingVersionEndpoint,
  setCostingFrameEndpoint,
  setYearFiguresEndpoint,
  importPopulationEndpoint,
  setPopulationEndpoint,
  shareCostingEndpoint,
  validateCostingEndpoint,
  addScenarioEndpoint,
  editScenarioEndpoint,
  withdrawScenarioEndpoint,
  restoreScenarioEndpoint,
  addPackageEndpoint,
  editPackageEndpoint,
  withdrawPackageEndpoint,
  setFinancingEndpoint,
  createNeedsFromPackageEndpoint,
  getHomeEndpoint,
  getCostingComparisonEndpoint,
  listIndicatorsEndpoint,
  getIndicatorAcrossCountriesEndpoint,
  getCountryResultsEndpoint,
  followIndicatorEndpoint,
  getCountryIndicatorEndpoint,
  editCountryIndicatorEndpoint,
  withdrawCountryIndicatorEndpoint,
  restoreCountryIndicatorEndpoint,
  recordIndicatorValueEndpoint,
  proposeIndicatorValueEndpoint,
  editIndicatorValueEndpoint,
  withdrawIndicatorValueEndpoint,
  restoreIndicatorValueEndpoint,
  acceptProposalEndpoint,
  declineProposalEndpoint,
  getCountryPlanEndpoint,
  setStepPlanEndpoint,
  addPlannedMilestoneEndpoint,
  editPlannedMilestoneEndpoint,
  withdrawPlannedMilestoneEndpoint,
  restorePlannedMilestoneEndpoint,
  listBaselinesEndpoint,
  saveBaselineEndpoint,
  withdrawBaselineEndpoint,
  listRoundsEndpoint,
  openRoundEndpoint,
  getRoundEndpoint,
  editRoundEndpoint,
  withdrawRoundEndpoint,
  restoreRoundEndpoint,
  getCompletenessEndpoint,
  getCountryReportEndpoint,
  saveReportNarrativeEndpoint,
  submitReportEndpoint,
  returnReportEndpoint,
  acceptReportEndpoint,
  reopenReportEndpoint,
  listIatiImportsEndpoint,
  uploadIatiImportEndpoint,
  getIatiImportEndpoint,
  applyIatiImportEndpoint,
];

export function findEndpoint(method: HttpMethod, path: string): AnyEndpoint {
  const endpoint = endpoints.find((candidate) => candidate.method === method && candidate.path === path);
  if (!endpoint) throw new Error(`No ${method} ${path} in lib/api/endpoints: declare it there first`);
  return endpoint;
}
