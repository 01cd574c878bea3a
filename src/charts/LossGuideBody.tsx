// The reading guide's text, a chunk of its own: what the two curves are, when the overfitting
// region is shaded (the rule in overfitting.ts), and why the epoch axis can be logarithmic.
import { CHART_GUIDE } from '../i18n/chartGuideStrings';
import { useLab } from '../store/labStore';

export default function LossGuideBody() {
  const lang = useLab((s) => s.lang);
  return (
    <>
      {Object.entries(CHART_GUIDE[lang]).map(([key, text]) => (
        <p key={key}>{text}</p>
      ))}
    </>
  );
}
