import type { DeepStrings } from '../zh-CN';
import type { deckZhCN } from './deck.zh-CN';

export const deckEn: DeepStrings<typeof deckZhCN> = {
  title: 'Pitch deck (business plan)',
  hint: 'PDF only, at most 20 MB. The server checks the file after the upload.',
  status: {
    uploading: 'Uploading',
    none: 'Not uploaded',
    uploaded: 'Uploaded',
    checking: 'Checking…',
  },
  checking: 'Uploaded. The server is checking the file; this usually takes a few seconds.',
  choose: 'Choose a PDF',
  replace: 'Upload again',
  remove: 'Remove',
  preview: 'Preview',
  closePreview: 'Close preview',
  cancel: 'Cancel upload',
  progressLabel: 'Upload progress',
  progress: 'Uploading {{percent}}% ({{sent}} of {{total}})',
  reading: 'Checking the file…',
  cancelled: 'Upload cancelled. The file already there is unchanged.',
  removed: 'Removed.',
  readOnly:
    'The entry has been submitted or the deadline has passed, so its files cannot change. To change them, reopen the entry first (before the deadline).',
  problems: {
    size: 'This file is {{size}}, over the 20 MB limit. Compress it or remove pages, then choose it again.',
    notPdf:
      'This file is not a PDF (renaming it does not make it one). Use “Export as PDF” in WPS, Word or PowerPoint, then choose the PDF.',
    empty: 'This file is empty. Choose another one.',
    unreadable: 'This file cannot be read. Choose it again.',
  },
  refused:
    'The server refused the file you uploaded: it is not a valid PDF, is over 20 MB, or the entry is no longer a draft or the deadline has passed. Check it and upload again, or reload the page to see the entry’s status.',
  errors: {
    network: 'The connection dropped and the upload did not finish. Check your network and try again.',
    permission:
      'You may not change these files: the entry may have been submitted or the deadline has passed. Reload the page to check.',
    unknown: 'The upload failed. Try again in a moment.',
    removeNetwork: 'The connection dropped; nothing was removed. Check your network and try again.',
    removeUnknown: 'Removing failed. Try again in a moment.',
    url: 'The file cannot be opened. Try again in a moment.',
  },
  file: {
    hint: 'PDF, JPG or PNG, at most 20 MB.',
    choose: 'Choose a file',
    uploaded: 'Uploaded: {{name}}',
    none: 'No file uploaded',
    problems: {
      type: 'Only PDF, JPG or PNG files are accepted (judged by the content; renaming does not help). Choose another file.',
      size: 'This file is {{size}}, over the 20 MB limit. Compress it, then choose it again.',
    },
    refused: 'The server refused this file. Upload a PDF, JPG or PNG file instead.',
  },
  images: {
    title: 'Product images (optional)',
    hint: 'Up to {{max}} images: JPG, PNG or WebP, at most 5 MB each. The server checks each file after the upload.',
    count: '{{count}} of {{max}}',
    none: 'No images uploaded yet.',
    add: 'Add an image',
    alt: 'Image {{slot}} of the project',
    remove: 'Remove image {{slot}}',
    full: 'You have uploaded {{max}} images, the most allowed. To change one, remove it first.',
    checking: 'Uploaded. The server is checking the image; this usually takes a few seconds.',
    refused:
      'The server refused the image you uploaded: it is not a valid JPG, PNG or WebP image, is over 5 MB, or the entry is no longer a draft or the deadline has passed. Check it and upload again.',
    loadError: 'The images could not be loaded. Check your network and try again.',
    retry: 'Try again',
    problems: {
      type: 'Only JPG, PNG or WebP images are accepted (judged by the content; renaming does not help). Choose another image.',
      size: 'This image is {{size}}, over the 5 MB limit. Compress it, then choose it again.',
    },
  },
  viewer: {
    label: '{{title}} (PDF preview)',
    loading: 'Loading the PDF…',
    error: 'This PDF cannot be shown. Use “Download” to open it in another reader.',
    download: 'Download',
    previous: 'Previous page',
    next: 'Next page',
    page: 'Page {{page}} of {{count}}',
  },
};
