// The "?" beside a control: hovering shows the tip as a tooltip (title), clicking or pressing it
// shows the same text below the control. Screen readers get the text as the control's
// description (aria-describedby points at the tip even while it is hidden).
import { useT } from '../i18n';

interface HelpButtonProps {
  /** The control's name, for the button's own name ("About “Seed”"). */
  name: string;
  tipId: string;
  text: string;
  open: boolean;
  onToggle: () => void;
}

export function HelpButton({ name, tipId, text, open, onToggle }: HelpButtonProps) {
  const t = useT();
  return (
    <button
      type="button"
      className="rl-help-button"
      aria-label={t('controls.help.about', { name })}
      aria-expanded={open}
      aria-controls={tipId}
      title={text}
      onClick={onToggle}
    >
      ?
    </button>
  );
}

export function HelpText({ id, text, open }: { id: string; text: string; open: boolean }) {
  return (
    <p id={id} className="rl-tip" hidden={!open}>
      {text}
    </p>
  );
}
