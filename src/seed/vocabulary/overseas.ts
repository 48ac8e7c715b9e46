/** Countries where the province's intellectuals abroad live, with typical employers. */
export interface OverseasCountry {
  code: string;
  weight: number;
  language: string;
  /** E.164 mobile number shape: the fixed prefix and how many random digits follow. */
  phone: { prefix: string; digits: number };
  employers: readonly string[];
  /** Universities where Vietnamese students of those years took degrees. */
  universities: readonly string[];
}

export const OVERSEAS_COUNTRIES: readonly OverseasCountry[] = [
  {
    code: 'US',
    phone: { prefix: '+1530', digits: 7 },
    weight: 24,
    language: 'en',
    employers: [
      'University of California, Davis',
      'Auburn University',
      'Intel Corporation',
      'NOAA Fisheries',
    ],
    universities: ['University of California, Davis', 'Auburn University', 'University of Washington'],
  },
  {
    code: 'JP',
    phone: { prefix: '+8190', digits: 8 },
    weight: 15,
    language: 'ja',
    employers: [
      'Kagoshima University',
      'Hokkaido University',
      'Tokyo University of Marine Science and Technology',
    ],
    universities: ['Kagoshima University', 'Hokkaido University', 'Nagasaki University'],
  },
  {
    code: 'AU',
    phone: { prefix: '+6141', digits: 7 },
    weight: 12,
    language: 'en',
    employers: ['James Cook University', 'University of Tasmania', 'CSIRO'],
    universities: ['James Cook University', 'University of Tasmania', 'University of Queensland'],
  },
  {
    code: 'FR',
    phone: { prefix: '+3361', digits: 7 }, // 069x and 0639 belong to overseas departments
    weight: 10,
    language: 'fr',
    employers: ['Institut Pasteur', 'Ifremer', 'Sorbonne Université'],
    universities: ['Sorbonne Université', 'Université de Montpellier', 'Université de Bretagne Occidentale'],
  },
  {
    code: 'DE',
    phone: { prefix: '+49151', digits: 8 },
    weight: 8,
    language: 'de',
    employers: ['Alfred-Wegener-Institut', 'Universität Bremen', 'Siemens Energy'],
    universities: ['Universität Bremen', 'Technische Universität München'],
  },
  {
    code: 'KR',
    phone: { prefix: '+82102', digits: 7 }, // part of 010-59xx is unallocated
    weight: 8,
    language: 'ko',
    employers: ['Pukyong National University', 'KAIST', 'Samsung Electronics'],
    universities: ['Pukyong National University', 'KAIST', 'Seoul National University'],
  },
  {
    code: 'CA',
    phone: { prefix: '+1604', digits: 7 },
    weight: 7,
    language: 'en',
    employers: ['University of British Columbia', 'Dalhousie University'],
    universities: ['University of British Columbia', 'Dalhousie University'],
  },
  {
    code: 'SG',
    phone: { prefix: '+6591', digits: 6 },
    weight: 5,
    language: 'en',
    employers: ['National University of Singapore', 'Nanyang Technological University'],
    universities: ['National University of Singapore', 'Nanyang Technological University'],
  },
  {
    code: 'RU',
    phone: { prefix: '+79', digits: 9 },
    weight: 4,
    language: 'ru',
    employers: ['Far Eastern Federal University', 'Russian Academy of Sciences'],
    universities: ['Lomonosov Moscow State University', 'Far Eastern Federal University'],
  },
  {
    code: 'GB',
    phone: { prefix: '+4477', digits: 8 },
    weight: 4,
    language: 'en',
    employers: ['University of Stirling', 'University of Oxford'],
    universities: ['University of Stirling', 'University of Oxford'],
  },
  {
    code: 'TW',
    phone: { prefix: '+8869', digits: 8 },
    weight: 3,
    language: 'zh',
    employers: ['National Taiwan Ocean University'],
    universities: ['National Taiwan Ocean University', 'National Cheng Kung University'],
  },
];

export const CONTACT_PREFERENCES = ['email', 'video_call', 'in_person_visit'] as const;
