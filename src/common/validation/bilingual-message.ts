import { ValidationArguments, ValidationOptions } from 'class-validator';

/**
 * class-validator keeps one message string per constraint; we carry both languages in it as JSON
 * and split them again when the validation error becomes problem details.
 */
export function bilingual(
  en: string | ((args: ValidationArguments) => string),
  vi: string | ((args: ValidationArguments) => string),
  options: ValidationOptions = {},
): ValidationOptions {
  return {
    ...options,
    message: (args: ValidationArguments) =>
      JSON.stringify({
        en: typeof en === 'function' ? en(args) : en,
        vi: typeof vi === 'function' ? vi(args) : vi,
      }),
  };
}

/** Vietnamese for class-validator's built-in constraints, used when a decorator did not say. */
const VIETNAMESE_DEFAULTS: Record<string, string> = {
  whitelistValidation: 'trường này không được phép',
  isString: 'phải là chuỗi ký tự',
  isEmail: 'phải là địa chỉ email hợp lệ',
  isInt: 'phải là số nguyên',
  isBoolean: 'phải là true hoặc false',
  isIn: 'không thuộc các giá trị cho phép',
  isEnum: 'không thuộc các giá trị cho phép',
  isUuid: 'phải là mã UUID hợp lệ',
  isNotEmpty: 'không được để trống',
  isDefined: 'là bắt buộc',
  isArray: 'phải là một danh sách',
  isObject: 'phải là một đối tượng',
  maxLength: 'quá dài',
  minLength: 'quá ngắn',
  min: 'nhỏ hơn giá trị tối thiểu',
  max: 'lớn hơn giá trị tối đa',
  arrayMaxSize: 'có quá nhiều phần tử',
  arrayMinSize: 'có quá ít phần tử',
  isDateString: 'phải là ngày theo định dạng ISO 8601 (YYYY-MM-DD)',
  isISO8601: 'phải là ngày theo định dạng ISO 8601 (YYYY-MM-DD)',
  matches: 'không đúng định dạng',
  nestedValidation: 'phải là một đối tượng hợp lệ',
};

export function splitMessage(message: string, constraint: string, field: string): { en: string; vi: string } {
  if (message.startsWith('{')) {
    try {
      const parsed = JSON.parse(message) as { en: string; vi: string };
      if (parsed.en && parsed.vi) return parsed;
    } catch {
      // a plain message that happens to start with a brace
    }
  }
  if (constraint === 'whitelistValidation') {
    return { en: `${field} is not an accepted field`, vi: `${field}: ${VIETNAMESE_DEFAULTS[constraint]}` };
  }
  return { en: message, vi: `${field}: ${VIETNAMESE_DEFAULTS[constraint] ?? 'giá trị không hợp lệ'}` };
}
