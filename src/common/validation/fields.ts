import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptions } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsObject,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsISBN,
  IsISSN,
  IsOptional,
  IsString,
  IsUUID,
  isPhoneNumber,
  Matches,
  MaxLength,
  MinLength,
  registerDecorator,
  ValidateNested,
  ValidationArguments,
} from 'class-validator';
import { bilingual } from './bilingual-message';

/**
 * Composite validation decorators, the one way DTOs validate: each validates, carries its message in
 * English and Vietnamese, and documents the property in OpenAPI at once.
 */

export interface FieldOptions {
  optional?: boolean;
  description?: string;
  example?: unknown;
  /** Lists only: the fewest items accepted. */
  minItems?: number;
}

const nameOf = (args: ValidationArguments) => args.property;

function doc(options: FieldOptions, extra: ApiPropertyOptions = {}): PropertyDecorator {
  return ApiProperty({
    required: !options.optional,
    nullable: options.optional,
    description: options.description,
    example: options.example,
    ...extra,
  } as ApiPropertyOptions);
}

function optional(options: FieldOptions): PropertyDecorator[] {
  return options.optional ? [IsOptional()] : [];
}

/** Text of `min` to `max` characters (after NFC normalisation, which the global pipe does). */
export function Text(min: number, max: number, options: FieldOptions = {}): PropertyDecorator {
  const message = bilingual(
    (args) => `${nameOf(args)} must be text of ${min} to ${max} characters`,
    (args) => `${nameOf(args)} phải là chuỗi dài từ ${min} đến ${max} ký tự`,
  );
  return applyDecorators(
    doc(options, { type: String, minLength: min, maxLength: max }),
    ...optional(options),
    IsString(message),
    MinLength(min, message),
    MaxLength(max, message),
  );
}

/** A list of at most `maxItems` texts, each `min` to `max` characters. */
export function TextList(maxItems: number, min: number, max: number, options: FieldOptions = {}) {
  const message = bilingual(
    (args) => `each ${nameOf(args)} item must be text of ${min} to ${max} characters`,
    (args) => `mỗi phần tử của ${nameOf(args)} phải dài từ ${min} đến ${max} ký tự`,
    { each: true },
  );
  return applyDecorators(
    doc(options, { type: [String], maxItems }),
    ...optional(options),
    ...listShape(maxItems),
    IsString(message),
    MinLength(min, message),
    MaxLength(max, message),
  );
}

function listShape(maxItems: number, minItems = 0): PropertyDecorator[] {
  const atLeast =
    minItems > 0
      ? [
          ArrayMinSize(
            minItems,
            bilingual(
              (args) => `${nameOf(args)} must hold at least ${minItems} items`,
              (args) => `${nameOf(args)} phải có ít nhất ${minItems} phần tử`,
            ),
          ),
        ]
      : [];
  return [
    ...atLeast,
    IsArray(
      bilingual(
        (args) => `${nameOf(args)} must be a list`,
        (args) => `${nameOf(args)} phải là danh sách`,
      ),
    ),
    ArrayMaxSize(
      maxItems,
      bilingual(
        (args) => `${nameOf(args)} may hold at most ${maxItems} items`,
        (args) => `${nameOf(args)} có tối đa ${maxItems} phần tử`,
      ),
    ),
  ];
}

/** One of the listed values. */
export function OneOf(values: readonly string[], options: FieldOptions = {}): PropertyDecorator {
  return applyDecorators(
    doc(options, { enum: values }),
    ...optional(options),
    IsIn(
      values,
      bilingual(
        (args) => `${nameOf(args)} must be one of: ${values.join(', ')}`,
        (args) => `${nameOf(args)} phải là một trong: ${values.join(', ')}`,
      ),
    ),
  );
}

/** A list of values each one of `values`. */
export function OneOfList(values: readonly string[], maxItems: number, options: FieldOptions = {}) {
  return applyDecorators(
    doc(options, { enum: values, isArray: true, maxItems, minItems: options.minItems }),
    ...optional(options),
    ...listShape(maxItems, options.minItems),
    IsIn(
      values,
      bilingual(
        (args) => `each ${nameOf(args)} item must be one of: ${values.join(', ')}`,
        (args) => `mỗi phần tử của ${nameOf(args)} phải là một trong: ${values.join(', ')}`,
        { each: true },
      ),
    ),
  );
}

/** A reference-catalog code; whether it exists is checked against the catalog by the service. */
export function Code(options: FieldOptions = {}): PropertyDecorator {
  const message = bilingual(
    (args) => `${nameOf(args)} must be a catalog code (letters, digits, dots, _ or -)`,
    (args) => `${nameOf(args)} phải là mã danh mục (chữ, số, dấu chấm, _ hoặc -)`,
  );
  return applyDecorators(
    doc(options, { type: String, maxLength: 20 }),
    ...optional(options),
    IsString(message),
    Matches(/^[A-Za-z0-9._-]{1,20}$/, message),
  );
}

export function CodeList(maxItems: number, options: FieldOptions = {}): PropertyDecorator {
  const message = bilingual(
    (args) => `each ${nameOf(args)} item must be a catalog code`,
    (args) => `mỗi phần tử của ${nameOf(args)} phải là mã danh mục`,
    { each: true },
  );
  return applyDecorators(
    doc(options, { type: [String], maxItems, minItems: options.minItems }),
    ...optional(options),
    ...listShape(maxItems, options.minItems),
    IsString(message),
    Matches(/^[A-Za-z0-9._-]{1,20}$/, message),
  );
}

/** A commune-level unit code of Khánh Hòa (5 digits); existence is checked against the catalog. */
export function CommuneCode(options: FieldOptions = {}): PropertyDecorator {
  return applyDecorators(
    doc(options, { type: String, example: '22333' }),
    ...optional(options),
    Matches(
      /^\d{5}$/,
      bilingual(
        (args) => `${nameOf(args)} must be a 5-digit commune code`,
        (args) => `${nameOf(args)} phải là mã xã gồm 5 chữ số`,
      ),
    ),
  );
}

/** ISO 3166-1 alpha-2, upper case; existence is checked against the countries catalog. */
export function CountryCode(options: FieldOptions = {}): PropertyDecorator {
  return applyDecorators(
    doc(options, { type: String, example: 'VN' }),
    ...optional(options),
    Matches(
      /^[A-Z]{2}$/,
      bilingual(
        (args) => `${nameOf(args)} must be an ISO 3166-1 alpha-2 country code such as VN`,
        (args) => `${nameOf(args)} phải là mã quốc gia ISO 3166-1 hai chữ cái, ví dụ VN`,
      ),
    ),
  );
}

export function Uuid(options: FieldOptions = {}): PropertyDecorator {
  return applyDecorators(
    doc(options, { type: String, format: 'uuid' }),
    ...optional(options),
    IsUUID(
      'all',
      bilingual(
        (args) => `${nameOf(args)} must be a UUID`,
        (args) => `${nameOf(args)} phải là mã UUID`,
      ),
    ),
  );
}

/** A list of at most `maxItems` UUIDs. */
export function UuidList(maxItems: number, options: FieldOptions = {}): PropertyDecorator {
  return applyDecorators(
    doc(options, { type: String, format: 'uuid', isArray: true, maxItems }),
    ...optional(options),
    ...listShape(maxItems),
    IsUUID(
      'all',
      bilingual(
        (args) => `each ${nameOf(args)} item must be a UUID`,
        (args) => `mỗi phần tử của ${nameOf(args)} phải là mã UUID`,
        { each: true },
      ),
    ),
  );
}

export function Bool(options: FieldOptions = {}): PropertyDecorator {
  return applyDecorators(
    doc(options, { type: Boolean }),
    ...optional(options),
    IsBoolean(
      bilingual(
        (args) => `${nameOf(args)} must be true or false`,
        (args) => `${nameOf(args)} phải là true hoặc false`,
      ),
    ),
  );
}

/** A whole number from `min` to `max`. */
export function Int(min: number, max: number, options: FieldOptions = {}): PropertyDecorator {
  return applyDecorators(
    doc(options, { type: 'integer', minimum: min, maximum: max }),
    ...optional(options),
    custom(
      'isIntBetween',
      (value) => Number.isInteger(value) && (value as number) >= min && (value as number) <= max,
      {
        en: (args) => `${nameOf(args)} must be a whole number from ${min} to ${max}`,
        vi: (args) => `${nameOf(args)} phải là số nguyên từ ${min} đến ${max}`,
      },
    ),
  );
}

/** A calendar date (YYYY-MM-DD) after today (UTC): a deadline. */
export function FutureDate(options: FieldOptions = {}): PropertyDecorator {
  return applyDecorators(
    doc(options, { type: String, format: 'date', example: '2027-03-31' }),
    ...optional(options),
    custom('isFutureDate', (value) => typeof value === 'string' && isFutureDate(value), {
      en: (args) => `${nameOf(args)} must be a date (YYYY-MM-DD) after today`,
      vi: (args) => `${nameOf(args)} phải là một ngày (YYYY-MM-DD) sau hôm nay`,
    }),
  );
}

/** A calendar date (YYYY-MM-DD), past or future: a campaign's dates. */
export function CalendarDate(options: FieldOptions = {}): PropertyDecorator {
  return applyDecorators(
    doc(options, { type: String, format: 'date', example: '2027-03-31' }),
    ...optional(options),
    custom('isCalendarDate', (value) => typeof value === 'string' && isCalendarDate(value), {
      en: (args) => `${nameOf(args)} must be a date (YYYY-MM-DD)`,
      vi: (args) => `${nameOf(args)} phải là một ngày (YYYY-MM-DD)`,
    }),
  );
}

export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export function isFutureDate(value: string, today: Date = new Date()): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) return false;
  return value > today.toISOString().slice(0, 10);
}

/** A year between 1900 and the current year (checked when validating, so it follows the calendar). */
export function Year(options: FieldOptions = {}): PropertyDecorator {
  return applyDecorators(
    doc(options, { type: Number, minimum: 1900 }),
    ...optional(options),
    IsInt(
      bilingual(
        (args) => `${nameOf(args)} must be a whole number`,
        (args) => `${nameOf(args)} phải là số nguyên`,
      ),
    ),
    custom('isYear', (value) => typeof value === 'number' && value >= 1900 && value <= currentYear(), {
      en: (args) => `${nameOf(args)} must be a year between 1900 and ${currentYear()}`,
      vi: (args) => `${nameOf(args)} phải là năm từ 1900 đến ${currentYear()}`,
    }),
  );
}

/** A calendar date (YYYY-MM-DD) from 1900, at least 15 years ago: an intellectual's birth date. */
export function BirthDate(options: FieldOptions = {}): PropertyDecorator {
  return applyDecorators(
    doc(options, { type: String, format: 'date', example: '1980-05-17' }),
    ...optional(options),
    custom('isBirthDate', (value) => typeof value === 'string' && isBirthDate(value), {
      en: (args) => `${nameOf(args)} must be a date (YYYY-MM-DD) from 1900 on, at least 15 years ago`,
      vi: (args) => `${nameOf(args)} phải là ngày (YYYY-MM-DD) từ năm 1900, cách đây ít nhất 15 năm`,
    }),
  );
}

/** Vietnamese numbers in national form (0…) or any valid international number in E.164 form (+…). */
export function Phone(options: FieldOptions = {}): PropertyDecorator {
  return applyDecorators(
    doc(options, { type: String, example: '0912345678' }),
    ...optional(options),
    Transform(({ value }: { value: unknown }) =>
      typeof value === 'string' ? value.replace(/[\s.()-]/g, '') : value,
    ),
    custom(
      'isPhone',
      (value) =>
        typeof value === 'string' &&
        value.length <= 20 &&
        (value.startsWith('+') ? isPhoneNumber(value) : isPhoneNumber(value, 'VN')),
      {
        en: (args) =>
          `${nameOf(args)} must be a Vietnamese phone number or an international one (+country code)`,
        vi: (args) => `${nameOf(args)} phải là số điện thoại Việt Nam hoặc số quốc tế (+mã quốc gia)`,
      },
    ),
  );
}

export function NationalId(options: FieldOptions = {}): PropertyDecorator {
  return applyDecorators(
    doc(options, { type: String, example: '056080001234' }),
    ...optional(options),
    Matches(
      /^\d{12}$/,
      bilingual(
        (args) => `${nameOf(args)} must be exactly 12 digits (personal identification number)`,
        (args) => `${nameOf(args)} phải gồm đúng 12 chữ số (số định danh cá nhân)`,
      ),
    ),
  );
}

export function Email(options: FieldOptions = {}): PropertyDecorator {
  const message = bilingual(
    (args) => `${nameOf(args)} must be a valid email address`,
    (args) => `${nameOf(args)} phải là địa chỉ email hợp lệ`,
  );
  return applyDecorators(
    doc(options, { type: String, format: 'email', maxLength: 254 }),
    ...optional(options),
    IsEmail({}, message),
    MaxLength(254, message),
  );
}

export function Doi(options: FieldOptions = {}): PropertyDecorator {
  return applyDecorators(
    doc(options, { type: String, example: '10.1016/j.aquaculture.2024.740001' }),
    ...optional(options),
    Matches(
      /^10\.\d{4,9}\/\S{1,200}$/,
      bilingual(
        (args) => `${nameOf(args)} must be a DOI such as 10.1000/xyz123`,
        (args) => `${nameOf(args)} phải là mã DOI, ví dụ 10.1000/xyz123`,
      ),
    ),
  );
}

export function Issn(options: FieldOptions = {}): PropertyDecorator {
  return applyDecorators(
    doc(options, { type: String, example: '0028-0836' }),
    ...optional(options),
    IsISSN(
      { require_hyphen: true, case_sensitive: true },
      bilingual(
        (args) => `${nameOf(args)} must be a valid ISSN (####-###X, with a correct check digit)`,
        (args) => `${nameOf(args)} phải là ISSN hợp lệ (####-###X, đúng chữ số kiểm tra)`,
      ),
    ),
  );
}

export function Isbn(options: FieldOptions = {}): PropertyDecorator {
  return applyDecorators(
    doc(options, { type: String, example: '978-604-0-00000-0' }),
    ...optional(options),
    MaxLength(17, bilingual('isbn is too long', 'isbn quá dài')),
    IsISBN(
      undefined,
      bilingual(
        (args) => `${nameOf(args)} must be a valid ISBN-10 or ISBN-13 (with a correct check digit)`,
        (args) => `${nameOf(args)} phải là ISBN-10 hoặc ISBN-13 hợp lệ (đúng chữ số kiểm tra)`,
      ),
    ),
  );
}

/** A nested object validated with its own DTO class. */
export function Nested(type: () => Function, options: FieldOptions = {}): PropertyDecorator {
  return applyDecorators(
    // A lazy type must be a function named `type` for @nestjs/swagger to call it; one passed in as an
    // argument is anonymous and would be taken for a class with an empty name (an empty $ref).
    doc(options, { type: () => type() }),
    ...optional(options),
    // ValidateNested alone accepts an array (it validates its items), so [] would pass as an object
    IsObject(
      bilingual(
        (args) => `${nameOf(args)} must be an object`,
        (args) => `${nameOf(args)} phải là một đối tượng`,
      ),
    ),
    ValidateNested(
      bilingual(
        (args) => `${nameOf(args)} must be an object`,
        (args) => `${nameOf(args)} phải là một đối tượng`,
      ),
    ),
    Type(type),
  );
}

/** A list of at most `maxItems` nested objects. */
export function NestedList(type: () => Function, maxItems: number, options: FieldOptions = {}) {
  return applyDecorators(
    doc(options, { type: () => type(), isArray: true, maxItems }),
    ...optional(options),
    ...listShape(maxItems),
    // a nested array ([[]]) is not an item object, though ValidateNested would walk into it
    IsObject({
      each: true,
      ...bilingual(
        (args) => `each ${nameOf(args)} item must be an object`,
        (args) => `mỗi phần tử của ${nameOf(args)} phải là một đối tượng`,
      ),
    }),
    ValidateNested({
      each: true,
      ...bilingual(
        (args) => `each ${nameOf(args)} item must be an object`,
        (args) => `mỗi phần tử của ${nameOf(args)} phải là một đối tượng`,
      ),
    }),
    Type(type),
  );
}

export function currentYear(): number {
  return new Date().getUTCFullYear();
}

export const MIN_AGE = 15;

export function isBirthDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) return false;
  const latest = new Date();
  latest.setUTCFullYear(latest.getUTCFullYear() - MIN_AGE);
  return date.getUTCFullYear() >= 1900 && date <= latest;
}

function custom(
  name: string,
  check: (value: unknown) => boolean,
  message: { en: (args: ValidationArguments) => string; vi: (args: ValidationArguments) => string },
): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: propertyName as string,
      options: bilingual(message.en, message.vi),
      validator: { validate: check },
    });
}

export interface QueryValuesOptions {
  description: string;
  /** The accepted values; without them any text up to 100 characters (or a UUID with `uuid`). */
  values?: readonly string[];
  uuid?: boolean;
  maxItems?: number;
  /** `a,b` means the same as repeating the parameter. */
  commaSeparated?: boolean;
  /** What repeating the parameter means, for the docs; alternatives (OR) unless told. */
  repeated?: string;
}

/**
 * An optional query parameter that may repeat: always a list once transformed (a single value
 * arrives as a string, a repeated one as an array).
 */
export function QueryValues(options: QueryValuesOptions): PropertyDecorator {
  const maxItems = options.maxItems ?? 20;
  const split = (item: unknown) =>
    options.commaSeparated && typeof item === 'string'
      ? item
          .split(',')
          .map((part) => part.trim())
          .filter((part) => part !== '')
      : [item];
  const each = options.values
    ? IsIn(
        options.values,
        bilingual(
          (args) => `each ${nameOf(args)} value must be one of: ${options.values?.join(', ')}`,
          (args) => `mỗi giá trị ${nameOf(args)} phải là một trong: ${options.values?.join(', ')}`,
          { each: true },
        ),
      )
    : options.uuid
      ? IsUUID(
          'all',
          bilingual(
            (args) => `each ${nameOf(args)} value must be a UUID`,
            (args) => `mỗi giá trị ${nameOf(args)} phải là mã UUID`,
            { each: true },
          ),
        )
      : applyDecorators(
          IsString(
            bilingual(
              (args) => `each ${nameOf(args)} value must be text`,
              (args) => `mỗi giá trị ${nameOf(args)} phải là chuỗi ký tự`,
              { each: true },
            ),
          ),
          MaxLength(
            100,
            bilingual(
              (args) => `each ${nameOf(args)} value is at most 100 characters`,
              (args) => `mỗi giá trị ${nameOf(args)} dài tối đa 100 ký tự`,
              { each: true },
            ),
          ),
        );
  return applyDecorators(
    ApiProperty({
      required: false,
      description: `${options.description} ${options.repeated ?? 'Repeat the parameter for alternatives (OR).'}`,
      type: [String],
      ...(options.values ? { enum: options.values } : {}),
    }),
    IsOptional(),
    Transform(({ value }: { value: unknown }) =>
      value === undefined ? undefined : [value].flat().flatMap(split),
    ),
    ArrayMaxSize(
      maxItems,
      bilingual(
        (args) => `at most ${maxItems} values of ${nameOf(args)}`,
        (args) => `tối đa ${maxItems} giá trị ${nameOf(args)}`,
      ),
    ),
    each,
  );
}
