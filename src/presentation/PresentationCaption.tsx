// The slide's caption: the lesson preset's title and description, or, without a preset, what the
// settings are. Large, at the top, where a class looks first.
import { useT } from '../i18n';
import { useMainConfig } from '../store/labStore';
import type { PresetInfo } from './lessons';
import { settingsSummary, settingsTitle } from './settingsSummary';

export function PresentationCaption({ preset }: { preset: PresetInfo | null }) {
  const t = useT();
  const config = useMainConfig();
  const title = preset?.title ?? settingsTitle(config, t);
  const description = preset ? preset.description : settingsSummary(config, t);
  return (
    <div className="pres-caption" data-testid="presentation-caption" aria-live="polite">
      <h1 className="pres-title">{title}</h1>
      {description && <p className="pres-description">{description}</p>}
    </div>
  );
}
