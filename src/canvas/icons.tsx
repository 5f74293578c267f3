// Every icon a node draws, bundled from lucide (ISC licence): no icon font, no network. Each icon is drawn as one
// <path> with its shapes joined, so a node's icon costs the page (and every image export, which copies each
// element's style) two elements instead of five or six.
import type { SVGProps } from 'react';
import type { IconName } from '../domain/catalog';
import { shapesToPath, type IconData } from './glyph-path';
import * as target from 'lucide-react/icons/target';
import * as compass from 'lucide-react/icons/compass';
import * as table from 'lucide-react/icons/table';
import * as brain from 'lucide-react/icons/brain';
import * as gauge from 'lucide-react/icons/gauge';
import * as rocket from 'lucide-react/icons/rocket';
import * as activity from 'lucide-react/icons/activity';
import * as stickyNote from 'lucide-react/icons/sticky-note';
import * as group from 'lucide-react/icons/group';
import * as database from 'lucide-react/icons/database';
import * as hardDrive from 'lucide-react/icons/hard-drive';
import * as waves from 'lucide-react/icons/waves-horizontal';
import * as warehouse from 'lucide-react/icons/warehouse';
import * as radio from 'lucide-react/icons/radio';
import * as cog from 'lucide-react/icons/cog';
import * as zap from 'lucide-react/icons/zap';
import * as layers from 'lucide-react/icons/layers';
import * as tag from 'lucide-react/icons/tag';
import * as packageIcon from 'lucide-react/icons/package';
import * as wand from 'lucide-react/icons/wand';
import * as shuffle from 'lucide-react/icons/shuffle';
import * as crosshair from 'lucide-react/icons/crosshair';
import * as dumbbell from 'lucide-react/icons/dumbbell';
import * as slidersHorizontal from 'lucide-react/icons/sliders-horizontal';
import * as box from 'lucide-react/icons/box';
import * as binary from 'lucide-react/icons/binary';
import * as archive from 'lucide-react/icons/archive';
import * as clipboardCheck from 'lucide-react/icons/clipboard-check';
import * as split from 'lucide-react/icons/split';
import * as ghost from 'lucide-react/icons/ghost';
import * as shieldCheck from 'lucide-react/icons/shield-check';
import * as user from 'lucide-react/icons/user';
import * as server from 'lucide-react/icons/server';
import * as scan from 'lucide-react/icons/scan';
import * as listTree from 'lucide-react/icons/list-tree';
import * as network from 'lucide-react/icons/network';
import * as filter from 'lucide-react/icons/funnel';
import * as chartBar from 'lucide-react/icons/chart-bar';
import * as listOrdered from 'lucide-react/icons/list-ordered';
import * as merge from 'lucide-react/icons/merge';
import * as search from 'lucide-react/icons/search';
import * as calendarClock from 'lucide-react/icons/calendar-clock';
import * as hardDriveDownload from 'lucide-react/icons/hard-drive-download';
import * as memoryStick from 'lucide-react/icons/memory-stick';
import * as shrink from 'lucide-react/icons/shrink';
import * as smartphone from 'lucide-react/icons/smartphone';
import * as eraser from 'lucide-react/icons/eraser';
import * as list from 'lucide-react/icons/list';
import * as scrollText from 'lucide-react/icons/scroll-text';
import * as monitor from 'lucide-react/icons/monitor';
import * as trendingUp from 'lucide-react/icons/trending-up';
import * as bell from 'lucide-react/icons/bell';
import * as users from 'lucide-react/icons/users';
import * as gavel from 'lucide-react/icons/gavel';
import * as workflow from 'lucide-react/icons/workflow';

export type GlyphProps = Omit<SVGProps<SVGSVGElement>, 'ref'> & { size?: number };
export type Glyph = (props: GlyphProps) => React.JSX.Element;

/** lucide-react's per-icon modules (its public "lucide-react/icons/<name>" entry) also export the icon's shapes. */
function glyph(module: object): Glyph {
  const data = (module as { __iconData?: IconData }).__iconData;
  if (!data?.node) throw new Error('lucide-react no longer exports __iconData from its icon modules: see src/canvas/icons.tsx.');
  const d = shapesToPath(data.node);
  return function Glyph({ size = 24, strokeWidth = 2, ...rest }: GlyphProps) {
    return (
      <svg
        xmlns="http://www.w3.org/2000/svg" width={size} height={size} viewBox="0 0 24 24" fill="none"
        stroke="currentColor" strokeWidth={strokeWidth} strokeLinecap="round" strokeLinejoin="round" {...rest}
      >
        <path d={d} />
      </svg>
    );
  };
}

export const ICONS: Record<IconName, Glyph> = {
  target: glyph(target), compass: glyph(compass), table: glyph(table), brain: glyph(brain), gauge: glyph(gauge),
  rocket: glyph(rocket), activity: glyph(activity), 'sticky-note': glyph(stickyNote), group: glyph(group),
  database: glyph(database), 'hard-drive': glyph(hardDrive), waves: glyph(waves), warehouse: glyph(warehouse),
  radio: glyph(radio), cog: glyph(cog), zap: glyph(zap), layers: glyph(layers), tag: glyph(tag),
  package: glyph(packageIcon), wand: glyph(wand), shuffle: glyph(shuffle), crosshair: glyph(crosshair),
  dumbbell: glyph(dumbbell), sliders: glyph(slidersHorizontal), box: glyph(box), binary: glyph(binary),
  archive: glyph(archive), 'clipboard-check': glyph(clipboardCheck), split: glyph(split), ghost: glyph(ghost),
  'shield-check': glyph(shieldCheck), user: glyph(user), server: glyph(server), scan: glyph(scan),
  'list-tree': glyph(listTree), network: glyph(network), filter: glyph(filter), 'bar-chart': glyph(chartBar),
  'list-ordered': glyph(listOrdered), merge: glyph(merge), search: glyph(search),
  'calendar-clock': glyph(calendarClock), 'hard-drive-download': glyph(hardDriveDownload),
  'memory-stick': glyph(memoryStick), shrink: glyph(shrink), smartphone: glyph(smartphone), eraser: glyph(eraser),
  list: glyph(list), 'scroll-text': glyph(scrollText), monitor: glyph(monitor), 'trending-up': glyph(trendingUp),
  bell: glyph(bell), users: glyph(users), gavel: glyph(gavel), workflow: glyph(workflow),
};
