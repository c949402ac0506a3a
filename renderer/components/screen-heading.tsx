import { useEffect, useRef, type ReactNode } from 'react';

/** The screen's h1 takes focus when the screen appears, so screen readers announce where we are. */
export function ScreenHeading({ children, className }: { children: ReactNode; className?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} className={className ?? 'screen-title'}>
      {children}
    </h1>
  );
}
