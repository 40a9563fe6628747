import type { SVGProps } from 'react';

/**
 * The app's few icons. Each is decorative (aria-hidden): the text beside it always says the same thing, so a screen
 * reader hears it once. They are drawn in app/globals.css (`.icon-*`, an SVG mask filled with the text's colour), so
 * a page that shows many of them (four per library card) sends one empty element for each, not an SVG's markup
 * twice (in the HTML and again in the React payload).
 */
type IconProps = { className?: string };

function icon(name: string) {
  const Named = ({ className }: IconProps) => <span className={`icon icon-${name}${className ? ` ${className}` : ''}`} aria-hidden="true" />;
  Named.displayName = `${name}-icon`;
  return Named;
}

/** The name mark: a folded newspaper page with a tick, in the brand colours. */
export function LogoMark(props: SVGProps<SVGSVGElement>) {
  return (
    <svg viewBox="0 0 32 32" width="32" height="32" aria-hidden="true" focusable="false" {...props}>
      <rect width="32" height="32" rx="7" fill="#0b5563" />
      <path d="M8 8h12l4 4v12H8z" fill="#fff" />
      <path d="M20 8v4h4" fill="#cfe8ea" />
      <path d="M11 13h6M11 16h4" stroke="#0b5563" strokeWidth="1.6" strokeLinecap="round" />
      <path d="M12.5 20.5l3 3 6-7" stroke="#c2410c" strokeWidth="2.6" fill="none" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

export const ClockIcon = icon('clock');
export const LevelIcon = icon('level');
export const TagIcon = icon('tag');
export const StudentIcon = icon('student');
export const TeacherIcon = icon('teacher');
export const CheckIcon = icon('check');
export const QuestionsIcon = icon('questions');
