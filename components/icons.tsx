import type { SVGProps } from 'react';

/**
 * The app's few icons, drawn inline (no icon font, no request). Each is decorative (aria-hidden): the text beside
 * it always says the same thing, so a screen reader hears it once.
 */
type IconProps = SVGProps<SVGSVGElement>;

function Icon({ children, ...props }: IconProps) {
  return (
    <svg viewBox="0 0 24 24" width="1.1em" height="1.1em" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false" className="icon" {...props}>
      {children}
    </svg>
  );
}

/** The name mark: a folded newspaper page with a tick, in the brand colours. */
export function LogoMark(props: IconProps) {
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

export const ClockIcon = (p: IconProps) => <Icon {...p}><circle cx="12" cy="12" r="9" /><path d="M12 7v5l3 2" /></Icon>;
export const LevelIcon = (p: IconProps) => <Icon {...p}><path d="M5 20V14M12 20V9M19 20V4" /></Icon>;
export const TagIcon = (p: IconProps) => <Icon {...p}><path d="M3 12V4h8l10 10-8 8z" /><circle cx="7.5" cy="8.5" r="1.2" /></Icon>;
export const StudentIcon = (p: IconProps) => <Icon {...p}><path d="M2 9l10-5 10 5-10 5z" /><path d="M6 11v5c3 2 9 2 12 0v-5" /></Icon>;
export const TeacherIcon = (p: IconProps) => <Icon {...p}><rect x="3" y="4" width="18" height="12" rx="1" /><path d="M8 20h8M12 16v4M7 9h6" /></Icon>;
export const CheckIcon = (p: IconProps) => <Icon {...p}><path d="M5 12l5 5 9-10" /></Icon>;
export const QuestionsIcon = (p: IconProps) => <Icon {...p}><circle cx="12" cy="12" r="9" /><path d="M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.7.3-1 .9-1 1.6V14M12 17.5v.01" /></Icon>;
