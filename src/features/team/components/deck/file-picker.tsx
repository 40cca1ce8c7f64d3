import { buttonClass } from '@/components/ui';
import styles from './deck.module.css';

interface FilePickerProps {
  label: string;
  accept: string;
  disabled?: boolean;
  onFile: (file: File) => void;
  /** The input's id (the form focuses it when its question has an error). */
  id?: string;
  describedBy?: string;
}

/**
 * A file input that looks like a button: the label is what people see and
 * click, the input inside it keeps the keyboard focus and the accessible name.
 */
export function FilePicker({ label, accept, disabled, onFile, id, describedBy }: FilePickerProps) {
  return (
    <label className={[buttonClass('primary'), styles.picker, disabled ? styles.pickerDisabled : ''].join(' ')}>
      <input
        id={id}
        className={styles.fileInput}
        type="file"
        accept={accept}
        disabled={disabled}
        aria-describedby={describedBy}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = ''; // choosing the same file again is a new choice
          if (file) onFile(file);
        }}
      />
      {label}
    </label>
  );
}
