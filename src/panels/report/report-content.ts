import type { PanelRole } from '../panel/panel-rules';
import type { RequestKind } from '../requests/review-request.entity';

/** One accepted member's opinion, as the report prints it (members come in role order). */
export interface ReportOpinion {
  name: string;
  role: PanelRole;
  organization: string | null;
  text: string;
  submittedAt: Date;
  fileNames: readonly string[];
}

/** A conflict of interest found for a seated member, and the override that seated them anyway. */
export interface ReportConflict {
  memberName: string;
  severity: 'block' | 'warn';
  /** The rule's evidence in words (Vietnamese). */
  description: string;
  overrideReason: string | null;
}

/** Everything the consolidated report (tổng hợp ý kiến) shows; the renderers only lay it out. */
export interface ReportContent {
  request: {
    kind: RequestKind;
    title: string;
    agency: string;
    submittedAt: Date | null;
    deadline: string;
  };
  members: readonly { name: string; role: PanelRole; organization: string | null }[];
  /** Whether the opinions are printed with their authors' names or as "Ý kiến 1, 2…". */
  opinionsAttributed: boolean;
  opinions: readonly ReportOpinion[];
  conflicts: readonly ReportConflict[];
  recommendations: readonly string[];
  conclusion: string;
  generatedAt: Date;
}
