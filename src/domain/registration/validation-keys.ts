// Validation messages are translation keys under `validation.` (src/i18n),
// translated where they are shown, so a language switch also changes the
// errors already on screen. domain/ cannot import i18n, so the keys it uses
// are listed here; the locale files must define each of them.

export const VALIDATION_KEYS = [
  'validation.required',
  'validation.invalid',
  'validation.tooLong',
  'validation.noLineBreaks',
  'validation.invalidChars',
  'validation.unknownField',
  'validation.emailInvalid',
  'validation.phoneInvalid',
  'validation.creditCodeLength',
  'validation.creditCodeChars',
  'validation.creditCodeCheck',
  'validation.trackInvalid',
  'validation.companyNotForTrack',
  'validation.membersMin',
  'validation.membersMax',
  'validation.stageInvalid',
  'validation.numberInvalid',
  'validation.numberOutOfRange',
  'validation.choiceInvalid',
  'validation.fileInvalid',
  'validation.deckMissing',
  'validation.idInvalid',
  'validation.idDuplicate',
  'validation.tooManyQuestions',
  'validation.optionsCount',
  'validation.notForKind',
  'validation.maxLengthInvalid',
  'validation.rangeInvalid',
  // Competition settings (src/domain/settings)
  'validation.dateInvalid',
  'validation.countInvalid',
  'validation.mustBePositive',
  'validation.stepNotDivisor',
  'validation.levelRangeInvalid',
  'validation.closesBeforeOpens',
  'validation.codePrefixInvalid',
  'validation.tooMany',
  'validation.trimInvalid',
  'validation.trackRequired',
  'validation.trackNotForScope',
  'validation.roundInvalid',
] as const;

export type ValidationKey = (typeof VALIDATION_KEYS)[number];

/** Marks a string as a validation key: a typo fails the type check. */
export const vk = <K extends ValidationKey>(key: K): K => key;
