'use client';

import { createContext } from 'react';

/**
 * Tells the quiz form that an answer changed where no change event reaches it (an order moved by its buttons or
 * dragged): it recounts and saves, as it does on a change event.
 */
export const AnswerChanged = createContext<() => void>(() => undefined);
