// The ten case studies of Machine Learning System Design Interview (Aminian & Xu, chapters 2-11).
// Each one has a template board in templates/<id>.json.

export const CASE_STUDY_IDS = [
  'visual-search',
  'street-view-blurring',
  'youtube-video-search',
  'harmful-content-detection',
  'video-recommendation',
  'event-recommendation',
  'ad-click-prediction',
  'similar-listings',
  'personalized-news-feed',
  'people-you-may-know',
] as const;

export type CaseStudyId = (typeof CASE_STUDY_IDS)[number];

export interface CaseStudy {
  id: CaseStudyId;
  chapter: number;
  /** The book's chapter title. */
  title: string;
  /** The product the design imitates. */
  company: string;
  problem: string;
  mlCategory: string;
  /** The chapter's design figure, which the template draws. */
  figure: string;
}

export const CASE_STUDIES: readonly CaseStudy[] = [
  {
    id: 'visual-search', chapter: 2, title: 'Visual Search System', company: 'Pinterest',
    problem: 'Given a query image, return images that look similar to it, ranked by similarity.',
    mlCategory: 'Ranking via representation learning', figure: 'Figure 2.19',
  },
  {
    id: 'street-view-blurring', chapter: 3, title: 'Google Street View Blurring System', company: 'Google Street View',
    problem: 'Detect and blur every face and license plate in Street View images to protect privacy.',
    mlCategory: 'Object detection', figure: 'Figure 3.12',
  },
  {
    id: 'youtube-video-search', chapter: 4, title: 'YouTube Video Search', company: 'YouTube',
    problem: 'Given a text query, return videos ranked by relevance to it, using their visual content and text.',
    mlCategory: 'Representation learning + text search', figure: 'Figure 4.19',
  },
  {
    id: 'harmful-content-detection', chapter: 5, title: 'Harmful Content Detection', company: 'Facebook / LinkedIn / Twitter',
    problem: 'Predict whether a new post is harmful (violence, nudity, hate speech...) and remove or demote it.',
    mlCategory: 'Multi-task classification', figure: 'ML system design (chapter 5)',
  },
  {
    id: 'video-recommendation', chapter: 6, title: 'Video Recommendation System', company: 'YouTube homepage',
    problem: 'Recommend personalized videos on the homepage, ranked by relevance to the user.',
    mlCategory: 'Recommendation (hybrid filtering)', figure: 'Figure 6.23',
  },
  {
    id: 'event-recommendation', chapter: 7, title: 'Event Recommendation System', company: 'Eventbrite',
    problem: 'Recommend the top-k events a user is most likely to register for.',
    mlCategory: 'Pointwise learning to rank', figure: 'Figure 7.20',
  },
  {
    id: 'ad-click-prediction', chapter: 8, title: 'Ad Click Prediction on Social Platforms', company: 'Social-media timeline ads',
    problem: "Rank the ads shown in a user's timeline by the probability that the user clicks them.",
    mlCategory: 'Pointwise learning to rank (binary classification)', figure: 'Figure 8.18',
  },
  {
    id: 'similar-listings', chapter: 9, title: 'Similar Listings on Vacation Rental Platforms', company: 'Airbnb / Vrbo',
    problem: 'Given the listing a user is viewing, recommend similar listings they are likely to click next.',
    mlCategory: 'Session-based recommendation', figure: 'Figure 9.11',
  },
  {
    id: 'personalized-news-feed', chapter: 10, title: 'Personalized News Feed', company: 'Facebook / Twitter / LinkedIn feed',
    problem: "Rank the unseen posts in a user's feed by how engaging they are for that user.",
    mlCategory: 'Pointwise learning to rank (multi-task)', figure: 'Figure 10.14',
  },
  {
    id: 'people-you-may-know', chapter: 11, title: 'People You May Know', company: 'LinkedIn PYMK',
    problem: 'Recommend people a user may know and want to connect with, ranked by relevance.',
    mlCategory: 'Edge prediction on the social graph', figure: 'Figure 11.19',
  },
];

const byId = new Map<string, CaseStudy>(CASE_STUDIES.map((c) => [c.id, c]));

export function findCaseStudy(id: string): CaseStudy | undefined {
  return byId.get(id);
}

export function isCaseStudyId(id: string): id is CaseStudyId {
  return byId.has(id);
}
