import { defineElements } from '../../internal/define-elements.js';
import { VerifyHandoffView } from './handoff-view.js';

// Its own chunk, with the QR encoder: fetched only when someone chooses "Continue on your phone".
defineElements({ 'verify-identity-handoff': VerifyHandoffView });
