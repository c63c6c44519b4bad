import React, {useId, type ReactNode} from 'react';
import styles from './figures.module.css';

/**
 * Building blocks for the quickstart figures: schematic drawings, not screenshots. Inline SVG, so they are in
 * the server-rendered HTML (no JavaScript needed), take the theme's colours through CSS variables (dark mode),
 * and print in black on white.
 */
export function Figure({
  title,
  description,
  caption,
  width,
  height,
  children,
}: {
  title: string;
  description: string;
  caption: ReactNode;
  width: number;
  height: number;
  children: ReactNode;
}): ReactNode {
  const id = useId();
  return (
    <figure className={styles.figure}>
      <svg
        className={styles.svg}
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={`${id}-t ${id}-d`}
        xmlns="http://www.w3.org/2000/svg"
      >
        <title id={`${id}-t`}>{title}</title>
        <desc id={`${id}-d`}>{description}</desc>
        {children}
      </svg>
      <figcaption className={styles.caption}>{caption}</figcaption>
    </figure>
  );
}

/** A window or dialog: a frame with a title bar. */
export function Frame({x, y, w, h, title}: {x: number; y: number; w: number; h: number; title: string}): ReactNode {
  return (
    <g>
      <rect className={styles.window} x={x} y={y} width={w} height={h} rx={6} />
      <rect className={styles.chrome} x={x} y={y} width={w} height={26} rx={6} />
      <rect className={styles.chrome} x={x} y={y + 14} width={w} height={12} />
      <text className={styles.label} x={x + 12} y={y + 18}>
        {title}
      </text>
    </g>
  );
}

/** A labelled input with the value to type, drawn as typed text. */
export function Field({
  x,
  y,
  w,
  label,
  value,
  labelWidth = 120,
  placeholder,
}: {
  x: number;
  y: number;
  w: number;
  label?: string;
  value?: string;
  labelWidth?: number;
  placeholder?: string;
}): ReactNode {
  const fx = label ? x + labelWidth : x;
  return (
    <g>
      {label && (
        <text className={styles.label} x={x} y={y + 17}>
          {label}
        </text>
      )}
      <rect className={styles.input} x={fx} y={y} width={w - (fx - x)} height={26} rx={3} />
      <text className={value ? styles.typed : styles.placeholder} x={fx + 8} y={y + 17}>
        {value ?? placeholder}
      </text>
    </g>
  );
}

export function Button({
  x,
  y,
  w,
  text,
  primary,
}: {
  x: number;
  y: number;
  w: number;
  text: string;
  primary?: boolean;
}): ReactNode {
  return (
    <g>
      <rect className={primary ? styles.buttonPrimary : styles.button} x={x} y={y} width={w} height={26} rx={4} />
      <text className={primary ? styles.buttonPrimaryText : styles.label} x={x + w / 2} y={y + 17} textAnchor="middle">
        {text}
      </text>
    </g>
  );
}

/** A numbered call-out: a circle with the step number, and the instruction beside it. */
export function Callout({n, x, y, lines}: {n: number; x: number; y: number; lines: string[]}): ReactNode {
  return (
    <g>
      <circle className={styles.calloutDot} cx={x} cy={y} r={11} />
      <text className={styles.calloutNumber} x={x} y={y + 4} textAnchor="middle">
        {n}
      </text>
      {lines.map((line, i) => (
        <text key={i} className={styles.note} x={x + 18} y={y + 5 + i * 17}>
          {line}
        </text>
      ))}
    </g>
  );
}

export function Arrow({x1, y1, x2, y2}: {x1: number; y1: number; x2: number; y2: number}): ReactNode {
  const angle = Math.atan2(y2 - y1, x2 - x1);
  const head = (a: number) => `${x2 - 9 * Math.cos(angle - a)},${y2 - 9 * Math.sin(angle - a)}`;
  return (
    <g className={styles.arrow}>
      <line x1={x1} y1={y1} x2={x2} y2={y2} />
      <polygon points={`${x2},${y2} ${head(0.45)} ${head(-0.45)}`} />
    </g>
  );
}

export function Text({
  x,
  y,
  children,
  kind = 'label',
  anchor,
}: {
  x: number;
  y: number;
  children: ReactNode;
  kind?: 'label' | 'typed' | 'note' | 'small' | 'mono';
  anchor?: 'start' | 'middle' | 'end';
}): ReactNode {
  return (
    <text className={styles[kind]} x={x} y={y} textAnchor={anchor}>
      {children}
    </text>
  );
}

export function Box({
  x,
  y,
  w,
  h,
  dashed,
  highlight,
}: {
  x: number;
  y: number;
  w: number;
  h: number;
  dashed?: boolean;
  highlight?: boolean;
}): ReactNode {
  const cls = highlight ? styles.highlight : dashed ? styles.dashed : styles.window;
  return <rect className={cls} x={x} y={y} width={w} height={h} rx={4} />;
}
