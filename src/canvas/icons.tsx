// Every icon a node draws, bundled from lucide (ISC licence) as one path each (build/lucide-glyphs.ts): a node's
// icon costs the page (and every image export, which copies each element's style) two elements, not five or six.
import type { IconName } from '../domain/catalog';
import type { Glyph } from './glyph';
import target from 'lucide-glyph:target';
import compass from 'lucide-glyph:compass';
import table from 'lucide-glyph:table';
import brain from 'lucide-glyph:brain';
import gauge from 'lucide-glyph:gauge';
import rocket from 'lucide-glyph:rocket';
import activity from 'lucide-glyph:activity';
import stickyNote from 'lucide-glyph:sticky-note';
import group from 'lucide-glyph:group';
import database from 'lucide-glyph:database';
import hardDrive from 'lucide-glyph:hard-drive';
import waves from 'lucide-glyph:waves-horizontal';
import warehouse from 'lucide-glyph:warehouse';
import radio from 'lucide-glyph:radio';
import cog from 'lucide-glyph:cog';
import zap from 'lucide-glyph:zap';
import layers from 'lucide-glyph:layers';
import tag from 'lucide-glyph:tag';
import packageIcon from 'lucide-glyph:package';
import wand from 'lucide-glyph:wand';
import shuffle from 'lucide-glyph:shuffle';
import crosshair from 'lucide-glyph:crosshair';
import dumbbell from 'lucide-glyph:dumbbell';
import slidersHorizontal from 'lucide-glyph:sliders-horizontal';
import box from 'lucide-glyph:box';
import binary from 'lucide-glyph:binary';
import archive from 'lucide-glyph:archive';
import clipboardCheck from 'lucide-glyph:clipboard-check';
import split from 'lucide-glyph:split';
import ghost from 'lucide-glyph:ghost';
import shieldCheck from 'lucide-glyph:shield-check';
import user from 'lucide-glyph:user';
import server from 'lucide-glyph:server';
import scan from 'lucide-glyph:scan';
import listTree from 'lucide-glyph:list-tree';
import network from 'lucide-glyph:network';
import filter from 'lucide-glyph:funnel';
import chartBar from 'lucide-glyph:chart-bar';
import listOrdered from 'lucide-glyph:list-ordered';
import merge from 'lucide-glyph:merge';
import search from 'lucide-glyph:search';
import calendarClock from 'lucide-glyph:calendar-clock';
import hardDriveDownload from 'lucide-glyph:hard-drive-download';
import memoryStick from 'lucide-glyph:memory-stick';
import shrink from 'lucide-glyph:shrink';
import smartphone from 'lucide-glyph:smartphone';
import eraser from 'lucide-glyph:eraser';
import list from 'lucide-glyph:list';
import scrollText from 'lucide-glyph:scroll-text';
import monitor from 'lucide-glyph:monitor';
import trendingUp from 'lucide-glyph:trending-up';
import bell from 'lucide-glyph:bell';
import users from 'lucide-glyph:users';
import gavel from 'lucide-glyph:gavel';
import workflow from 'lucide-glyph:workflow';

export type { Glyph, GlyphProps } from './glyph';

export const ICONS: Record<IconName, Glyph> = {
  target, compass, table, brain, gauge,
  rocket, activity, 'sticky-note': stickyNote, group,
  database, 'hard-drive': hardDrive, waves, warehouse,
  radio, cog, zap, layers, tag,
  package: packageIcon, wand, shuffle, crosshair,
  dumbbell, sliders: slidersHorizontal, box, binary,
  archive, 'clipboard-check': clipboardCheck, split, ghost,
  'shield-check': shieldCheck, user, server, scan,
  'list-tree': listTree, network, filter, 'bar-chart': chartBar,
  'list-ordered': listOrdered, merge, search,
  'calendar-clock': calendarClock, 'hard-drive-download': hardDriveDownload,
  'memory-stick': memoryStick, shrink, smartphone, eraser,
  list, 'scroll-text': scrollText, monitor, 'trending-up': trendingUp,
  bell, users, gavel, workflow,
};
