/**
 * One exact date, typed. The text is the user's until it is a valid date inside the allowed
 * range; only then does it change the window. Anything else is explained next to the field.
 */
import { useId, useState } from 'react';
import { type DayNumber, formatCivilDate, formatDayLabel, parseCivilDate } from '../shared/civil-date';

interface Props {
  label: string;
  value: DayNumber;
  min: DayNumber;
  max: DayNumber;
  onCommit(day: DayNumber): void;
}

/** Why a typed value cannot be used, or null when it can. */
export function dateProblem(text: string, min: DayNumber, max: DayNumber): string | null {
  const day = parseCivilDate(text.trim());
  if (day === null) return 'Enter a full date, year-month-day';
  if (day < min || day > max) return `Choose a date from ${formatDayLabel(min)} to ${formatDayLabel(max)}`;
  return null;
}

export function DateField({ label, value, min, max, onCommit }: Props) {
  const id = useId();
  const [text, setText] = useState(formatCivilDate(value));
  const [problem, setProblem] = useState<string | null>(null);
  const [shown, setShown] = useState(value);

  // The window moved from elsewhere (brush, playback, a link): show it, drop a stale error.
  // Adjusted while rendering, not in an effect: an effect's update would trail every scrub
  // step, and under fast key repeat React counted those as nested updates until it threw
  // "Maximum update depth exceeded" (reliability review D8).
  if (shown !== value) {
    setShown(value);
    setText(formatCivilDate(value));
    setProblem(null);
  }

  const change = (next: string) => {
    setText(next);
    const why = dateProblem(next, min, max);
    setProblem(why);
    const day = parseCivilDate(next.trim());
    if (!why && day !== null && day !== value) onCommit(day);
  };

  return (
    <div className="tl-date">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="date"
        value={text}
        min={formatCivilDate(min)}
        max={formatCivilDate(max)}
        required
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onChange={(e) => change(e.target.value)}
      />
      {problem && (
        <span id={`${id}-problem`} className="tl-problem" role="status">
          {problem}
        </span>
      )}
    </div>
  );
}
