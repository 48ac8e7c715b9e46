import type { Messages } from '../types';
import type vi from '../vi/stats';

export default {
  nav: {
    label: 'Statistics pages',
    workforce: 'The workforce',
    trends: 'Results by year and targets',
    forecasts: 'Retirement forecasts',
    report: 'Yearly report',
  },
  trends: {
    title: 'Results by year against the targets',
    intro: 'Papers, patents, S&T tasks, doctorates and titles per year, against the plans’ targets.',
    from: 'From',
    to: 'To',
    show: 'Show',
    series: 'Measure',
    chartTitle: 'International papers per year and the target (the same figures as the table below)',
    target: 'Target: {{goal}}',
    met: 'met',
    notMet: 'not met',
    groups: {
      publications: 'Scientific papers',
      intellectualProperty: 'Intellectual property',
      projects: 'Science and technology tasks',
      degrees: 'Degrees and titles',
    },
  },
  forecasts: {
    title: 'Retirement forecasts and the pipeline',
    intro:
      'From dates of birth and gender on the retirement-age roadmap; aggregates only, cells under 5 withheld.',
    years: 'Years ahead',
    retirements: 'People reaching retirement age, by field and year',
    pipeline: 'The pipeline by field',
    notForecast: '{{count}} working people without a date of birth or gender are not forecast.',
  },
  report: {
    title: 'Report on the intellectual workforce',
    intro:
      'The yearly report for the Department of Science and Technology (before 15 November): the main tables, results against the targets and the retirement forecast. Making a report is recorded in the audit log.',
    year: 'Year',
    docx: 'Make the Word report',
    pdf: 'Make the PDF report',
    making: 'Making the report…',
  },
  staff: {
    title: 'Workforce statistics',
    intro:
      'People counted by one or two criteria, on any date. Cells of fewer than 5 people are withheld to protect personal data.',
  },
  openData: {
    title: 'Open data: the intellectual workforce of Khánh Hòa',
    intro:
      'Aggregates only, nothing about any one person; cells of fewer than 5 people are withheld. Downloadable as Excel.',
  },
  form: {
    rows: 'Count by',
    columns: 'Split columns by',
    noColumns: 'No columns',
    at: 'On',
    purpose: 'Why the sensitive figures are needed',
    purposeHelp: 'Required for ethnic minority and disability; recorded in the audit log.',
    show: 'Show figures',
    download: 'Download Excel',
  },
  dimensions: {
    field: 'Field (level 1)',
    subfield: 'Field (level 2)',
    degree: 'Highest degree',
    academicTitle: 'Academic title',
    commune: 'Commune of residence',
    sector: 'Sector',
    organization: 'Organization',
    gender: 'Gender',
    ageBand: 'Age band',
    status: 'Status',
    overseasCountry: 'Country of residence (abroad)',
    originElsewhere: 'From Khánh Hòa, living elsewhere',
    ethnicMinority: 'Ethnic minority (sensitive)',
    disability: 'Disability (sensitive)',
  },
  table: {
    caption: 'People by {{dimensions}}, on {{date}}',
    and: ' and ',
    total: 'Total',
    small: 'fewer than 5 people, withheld',
    smallMark: '<5',
    complementaryMark: 'x',
    complementary: 'withheld so that a small cell cannot be worked out',
    chartTitle: 'Chart (the same figures as the table below)',
    loading: 'Computing the figures…',
    chooseFirst: 'Choose what to count by, then press “Show figures”.',
  },
} satisfies Messages<typeof vi>;
