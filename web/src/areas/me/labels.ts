import { useTranslation } from 'react-i18next';
import type { EnumName } from './fact-inputs';

/** The label of an enum value (gender, sector…) in the reader's language. */
export function useEnumLabel(): (name: EnumName, value: string) => string {
  const { t } = useTranslation('me');
  // the keys are enums.<name>.<value> for every value of every enum (fact-inputs checks the values)
  return (name, value) => t(`enums.${name}.${value}` as 'enums.gender.male');
}
