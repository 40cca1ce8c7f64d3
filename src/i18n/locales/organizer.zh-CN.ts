// The Chinese strings only organizers' pages use. They are not bundled with
// the app (teams and judges, most users, never need them): the organizers'
// routes load them (src/i18n/organizer-strings.ts). English is one chunk of
// its own anyway, loaded when chosen, so en.ts keeps every part.
import { advanceZhCN } from './parts/advance.zh-CN';
import { assignmentZhCN } from './parts/assignment.zh-CN';
import { auditLogZhCN } from './parts/auditLog.zh-CN';
import { confidenceZhCN } from './parts/confidence.zh-CN';
import { dashboardZhCN } from './parts/dashboard.zh-CN';
import { entryAdminZhCN } from './parts/entryAdmin.zh-CN';
import { fairnessZhCN } from './parts/fairness.zh-CN';
import { objectionsZhCN } from './parts/objections.zh-CN';
import { peopleZhCN } from './parts/people.zh-CN';
import { publicationZhCN } from './parts/publication.zh-CN';
import { questionEditorZhCN } from './parts/questionEditor.zh-CN';
import { rubricEditorZhCN } from './parts/rubricEditor.zh-CN';
import { setupZhCN } from './parts/setup.zh-CN';
import { stageZhCN } from './parts/stage.zh-CN';

export const organizerZhCN = {
  advance: advanceZhCN,
  assignment: assignmentZhCN,
  auditLog: auditLogZhCN,
  confidence: confidenceZhCN,
  dashboard: dashboardZhCN,
  entryAdmin: entryAdminZhCN,
  fairness: fairnessZhCN,
  objections: objectionsZhCN,
  people: peopleZhCN,
  publication: publicationZhCN,
  questionEditor: questionEditorZhCN,
  rubricEditor: rubricEditorZhCN,
  setup: setupZhCN,
  stage: stageZhCN,
};
