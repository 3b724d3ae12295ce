import type { Component } from 'svelte';
import type { Example } from './examples';
import ActionCard from './ActionCard/ActionCard.svelte';
import AnswerTiles from './AnswerTiles/AnswerTiles.svelte';
import Button from './Button/Button.svelte';
import ButtonGroup from './ButtonGroup/ButtonGroup.svelte';
import CardGrid from './CardGrid/CardGrid.svelte';
import CardHead from './CardHead/CardHead.svelte';
import ChoiceGroup from './ChoiceGroup/ChoiceGroup.svelte';
import ChoiceTile from './ChoiceTile/ChoiceTile.svelte';
import CountLine from './CountLine/CountLine.svelte';
import ExplainWord from './ExplainWord/ExplainWord.svelte';
import Field from './Field/Field.svelte';
import FileButton from './FileButton/FileButton.svelte';
import Hint from './Hint/Hint.svelte';
import InsetText from './InsetText/InsetText.svelte';
import LiveRegion from './LiveRegion/LiveRegion.svelte';
import Message from './Message/Message.svelte';
import PageFrame from './PageFrame/PageFrame.svelte';
import PartButton from './PartButton/PartButton.svelte';
import PartCard from './PartCard/PartCard.svelte';
import SaidBy from './SaidBy/SaidBy.svelte';
import SelectField from './SelectField/SelectField.svelte';
import SettingsSection from './SettingsSection/SettingsSection.svelte';
import SpeakButton from './SpeakButton/SpeakButton.svelte';
import SpokenText from './SpokenText/SpokenText.svelte';
import StackList from './StackList/StackList.svelte';
import StepProgress from './StepProgress/StepProgress.svelte';
import Symbol from './Symbol/Symbol.svelte';
import SymbolLine from './SymbolLine/SymbolLine.svelte';
import SymbolList from './SymbolList/SymbolList.svelte';
import TextArea from './TextArea/TextArea.svelte';
import TextField from './TextField/TextField.svelte';
import ToggleCards from './ToggleCards/ToggleCards.svelte';
import VoiceRecorder from './VoiceRecorder/VoiceRecorder.svelte';
import { actionCardExamples } from './ActionCard/ActionCard.examples';
import { answerTilesExamples } from './AnswerTiles/AnswerTiles.examples';
import { buttonExamples } from './Button/Button.examples';
import { buttonGroupExamples } from './ButtonGroup/ButtonGroup.examples';
import { cardGridExamples } from './CardGrid/CardGrid.examples';
import { cardHeadExamples } from './CardHead/CardHead.examples';
import { choiceGroupExamples, type ChoiceGroupExample } from './ChoiceGroup/ChoiceGroup.examples';
import { choiceTileExamples } from './ChoiceTile/ChoiceTile.examples';
import { countLineExamples } from './CountLine/CountLine.examples';
import { explainWordExamples } from './ExplainWord/ExplainWord.examples';
import { fieldExamples } from './Field/Field.examples';
import { fileButtonExamples } from './FileButton/FileButton.examples';
import { hintExamples } from './Hint/Hint.examples';
import { insetTextExamples } from './InsetText/InsetText.examples';
import { liveRegionExamples } from './LiveRegion/LiveRegion.examples';
import { messageExamples } from './Message/Message.examples';
import { pageFrameExamples } from './PageFrame/PageFrame.examples';
import { partButtonExamples } from './PartButton/PartButton.examples';
import { partCardExamples } from './PartCard/PartCard.examples';
import { saidByExamples } from './SaidBy/SaidBy.examples';
import { selectFieldExamples, type SelectFieldExample } from './SelectField/SelectField.examples';
import { settingsSectionExamples } from './SettingsSection/SettingsSection.examples';
import { speakButtonExamples } from './SpeakButton/SpeakButton.examples';
import { spokenTextExamples } from './SpokenText/SpokenText.examples';
import { stackListExamples } from './StackList/StackList.examples';
import { stepProgressExamples } from './StepProgress/StepProgress.examples';
import { symbolExamples } from './Symbol/Symbol.examples';
import { symbolLineExamples } from './SymbolLine/SymbolLine.examples';
import { symbolListExamples } from './SymbolList/SymbolList.examples';
import { textAreaExamples } from './TextArea/TextArea.examples';
import { textFieldExamples } from './TextField/TextField.examples';
import { toggleCardsExamples } from './ToggleCards/ToggleCards.examples';
import { voiceRecorderExamples } from './VoiceRecorder/VoiceRecorder.examples';

/** A kit part with its examples: what the gallery draws and the tests render, one entry per folder. */
export interface KitPart {
	/** The folder's name ("TextField"). */
	name: string;
	// The props differ from part to part; each entry is checked against its own part by `part()`.
	// eslint-disable-next-line @typescript-eslint/no-explicit-any
	component: Component<any>;
	// eslint-disable-next-line @typescript-eslint/no-explicit-any
	examples: readonly Example<any>[];
	/** A whole page (PageFrame): the gallery shows each example on a page of its own. */
	page?: boolean;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function part<P extends object>(name: string, component: Component<P, any, any>, examples: readonly Example<NoInfer<P>>[], page = false): KitPart {
	return { name, component, examples, page };
}

/** Every part of the kit, in the gallery's order. A new folder in lib/ui gets a line here (a test checks). */
export const KIT: readonly KitPart[] = [
	part('Button', Button, buttonExamples),
	part('ButtonGroup', ButtonGroup, buttonGroupExamples),
	part('ActionCard', ActionCard, actionCardExamples),
	part('CardGrid', CardGrid, cardGridExamples),
	part('CardHead', CardHead, cardHeadExamples),
	part('StackList', StackList, stackListExamples),
	part('PartCard', PartCard, partCardExamples),
	part('PartButton', PartButton, partButtonExamples),
	part('ChoiceGroup', ChoiceGroup as unknown as Component<ChoiceGroupExample>, choiceGroupExamples),
	part('ChoiceTile', ChoiceTile, choiceTileExamples),
	part('ToggleCards', ToggleCards, toggleCardsExamples),
	part('AnswerTiles', AnswerTiles, answerTilesExamples),
	part('Field', Field, fieldExamples),
	part('TextField', TextField, textFieldExamples),
	part('TextArea', TextArea, textAreaExamples),
	part('SelectField', SelectField as unknown as Component<SelectFieldExample>, selectFieldExamples),
	part('FileButton', FileButton, fileButtonExamples),
	part('VoiceRecorder', VoiceRecorder, voiceRecorderExamples),
	part('Message', Message, messageExamples),
	part('Hint', Hint, hintExamples),
	part('SaidBy', SaidBy, saidByExamples),
	part('CountLine', CountLine, countLineExamples),
	part('InsetText', InsetText, insetTextExamples),
	part('ExplainWord', ExplainWord, explainWordExamples),
	part('SpeakButton', SpeakButton, speakButtonExamples),
	part('SpokenText', SpokenText, spokenTextExamples),
	part('StepProgress', StepProgress, stepProgressExamples),
	part('Symbol', Symbol, symbolExamples),
	part('SymbolLine', SymbolLine, symbolLineExamples),
	part('SymbolList', SymbolList, symbolListExamples),
	part('LiveRegion', LiveRegion, liveRegionExamples),
	part('SettingsSection', SettingsSection, settingsSectionExamples),
	part('PageFrame', PageFrame, pageFrameExamples, true)
];
