import type {Corpus, PageRecord} from './records';
import type {PainPoint} from './painPoints';
import type {Survey} from './schemas';

export type SurveyPage = PageRecord & {data: PageRecord['data'] & {survey: Survey}};
export type RegisterPage = PageRecord & {data: PageRecord['data'] & {pain_points: PainPoint[]}};

/** Pages that carry a survey, in file order: the surveys the collector accepts. */
export const surveyPages = (c: Corpus): SurveyPage[] =>
  c.records.filter((r): r is SurveyPage => r.type === 'page' && r.data.survey !== undefined);

export const painPointPages = (c: Corpus): RegisterPage[] =>
  c.records.filter((r): r is RegisterPage => r.type === 'page' && r.data.pain_points !== undefined);
