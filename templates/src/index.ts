// Every case-study template spec, in chapter order.
import type { TemplateSpec } from './spec';
import { visualSearch } from './visual-search';
import { streetViewBlurring } from './street-view-blurring';
import { youtubeVideoSearch } from './youtube-video-search';
import { harmfulContentDetection } from './harmful-content-detection';
import { videoRecommendation } from './video-recommendation';
import { eventRecommendation } from './event-recommendation';
import { adClickPrediction } from './ad-click-prediction';
import { similarListings } from './similar-listings';
import { personalizedNewsFeed } from './personalized-news-feed';
import { peopleYouMayKnow } from './people-you-may-know';

export const TEMPLATE_SPECS: readonly TemplateSpec[] = [
  visualSearch,
  streetViewBlurring,
  youtubeVideoSearch,
  harmfulContentDetection,
  videoRecommendation,
  eventRecommendation,
  adClickPrediction,
  similarListings,
  personalizedNewsFeed,
  peopleYouMayKnow,
];
