// Every practice problem, the book's ten case studies first (in chapter order), then the others.
import type { ProblemSpec } from './spec';
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
import { paymentFraud } from './payment-fraud';
import { notificationRanking } from './notification-ranking';
import { queryAutocomplete } from './query-autocomplete';
import { deliveryEta } from './delivery-eta';
import { toxicComments } from './toxic-comments';
import { demandForecasting } from './demand-forecasting';
import { ragSupportAssistant } from './rag-support-assistant';
import { imageAltText } from './image-alt-text';
import { coldStartMarketplace } from './cold-start-marketplace';
import { storeSearchRanking } from './store-search-ranking';

export const PROBLEM_SPECS: readonly ProblemSpec[] = [
  visualSearch, streetViewBlurring, youtubeVideoSearch, harmfulContentDetection, videoRecommendation,
  eventRecommendation, adClickPrediction, similarListings, personalizedNewsFeed, peopleYouMayKnow,
  paymentFraud, notificationRanking, queryAutocomplete, deliveryEta,
  toxicComments, demandForecasting, ragSupportAssistant,
  imageAltText, coldStartMarketplace, storeSearchRanking,
];
