// A short stroke in a series' colour and dash pattern, for legends and run titles.
import { memo } from 'react';
export interface LineSwatchProps {
  color: string;
  dash?: string | undefined;
  width?: number;
  strokeWidth?: number;
  opacity?: number | undefined;
  /** Inset of the line from the swatch's ends (room for round caps). */
  inset?: number;
  title?: string;
}

/** Memoized: keys and titles draw it again at every chart tick with the same props. */
export const LineSwatch = memo(function LineSwatch(props: LineSwatchProps) {
  const { width = 24, inset = 0 } = props;
  return (
    <svg width={width} height={10} aria-hidden="true">
      {props.title !== undefined && <title>{props.title}</title>}
      <line
        x1={inset}
        x2={width - inset}
        y1={5}
        y2={5}
        stroke={props.color}
        strokeWidth={props.strokeWidth ?? 2}
        strokeDasharray={props.dash}
        strokeOpacity={props.opacity}
      />
    </svg>
  );
});
