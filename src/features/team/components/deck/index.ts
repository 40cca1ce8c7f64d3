export { DeckSection, type DeckSectionProps } from './deck-section';
export { FileAnswerField, type FileAnswerFieldProps } from './file-answer-field';
export { ImagesSection, type ImagesSectionProps } from './images-section';
