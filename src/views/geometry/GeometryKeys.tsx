// The legends of the plane and of the 1-D panel.
import { INK, SERIES } from '../../charts/palette';
import { VIEW_COLOURS, ViewKey, lineSwatch, markSwatch } from '../marks';
import type { ViewT } from '../useViewT';

export function GeometryKey({
  region,
  t,
}: {
  region: 'l1' | 'l2' | 'elasticnet' | null;
  t: ViewT;
}) {
  return (
    <ViewKey
      items={[
        {
          id: 'contours',
          label: t('geometry.key.contours'),
          swatch: lineSwatch(VIEW_COLOURS.contour, undefined, 1),
        },
        {
          id: 'through',
          label: t('geometry.key.through'),
          swatch: lineSwatch(VIEW_COLOURS.contour, undefined, 2.2),
        },
        ...(region
          ? [
              {
                id: 'region',
                label: t(`geometry.key.region.${region}`),
                swatch: lineSwatch(VIEW_COLOURS.region, '6 3'),
              },
            ]
          : []),
        { id: 'axes', label: t('geometry.key.axes'), swatch: lineSwatch(INK, undefined, 1.2) },
        { id: 'point', label: t('geometry.key.point'), swatch: markSwatch('point') },
        {
          id: 'path',
          label: t('geometry.key.path'),
          swatch: lineSwatch(VIEW_COLOURS.trajectory, '1 2.5', 1.5),
        },
        { id: 'dataMin', label: t('geometry.key.dataMin'), swatch: markSwatch('dataMin') },
        {
          id: 'penalizedMin',
          label: t('geometry.key.penalizedMin'),
          swatch: markSwatch('penalizedMin'),
        },
      ]}
    />
  );
}

export function LineKey({ t }: { t: ViewT }) {
  return (
    <ViewKey
      items={[
        {
          id: 'data',
          label: t('geometry.line.key.data'),
          swatch: lineSwatch(SERIES.train, undefined, 1.8),
        },
        {
          id: 'penalty',
          label: t('geometry.line.key.penalty'),
          swatch: lineSwatch(SERIES.penalty, '5 3', 1.8),
        },
        {
          id: 'total',
          label: t('geometry.line.key.total'),
          swatch: lineSwatch(INK, undefined, 2.4),
        },
        {
          id: 'map',
          label: t('geometry.line.key.map'),
          swatch: lineSwatch(VIEW_COLOURS.region, undefined, 2.4),
        },
        { id: 'step', label: t('geometry.line.key.step'), swatch: markSwatch('point') },
        { id: 'min', label: t('geometry.line.key.min'), swatch: markSwatch('penalizedMin') },
      ]}
    />
  );
}
