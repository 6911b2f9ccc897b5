import { PersonSelect as PersonSelect_78ed51cdf7b11e2f289c983beed4aeb7 } from '../../../../src/fields/pickers/OptionsSelect'
import { ViNumberCell as ViNumberCell_fe269554b745068ab41e4f2673eebe7c } from '../../../../src/fields/ViNumberCell'
import { ViNumberInput as ViNumberInput_a63f66c8ff18844011744490d27ef4b5 } from '../../../../src/fields/ViNumberInput'
import { DrillDownCaption as DrillDownCaption_b1b8e2b45d25ef745da969d1bc4c8122 } from '../../../../dashboards/view/drillDown/DrillDownCaption'
import { UrgingDraftButton as UrgingDraftButton_37bdace4f8919ca6b793deee395c7131 } from '../../../../collections/Documents/urgingDraftButton'
import { IssueButton as IssueButton_357b04307559554dc68c3f5f1881930c } from '../../../../collections/Documents/IssueButton'
import { SeatSelect as SeatSelect_78ed51cdf7b11e2f289c983beed4aeb7 } from '../../../../src/fields/pickers/OptionsSelect'
import { PeriodCell as PeriodCell_60d13dedaa7f0a8c550eedcad3513ce8 } from '../../../../src/fields/PeriodCell'
import { PeriodInput as PeriodInput_49226a52ac668f9ae0737fe43a5f8c95 } from '../../../../src/fields/PeriodInput'
import { RequiredWhenLabel as RequiredWhenLabel_800318e736edcf2bb62c37e4a83d9e76 } from '../../../../src/fields/RequiredWhenLabel'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { MeetingPanel as MeetingPanel_4d664817aa32e13673d2c4b01db148ff } from '../../../../collections/Meetings/components/MeetingPanel'
import { IndicatorLinesField as IndicatorLinesField_06535d82b03cc86983f5dd9e21213956 } from '../../../../collections/Reports/IndicatorLinesField'
import { ReportPanel as ReportPanel_ae5e0e4f3717aa24d8988a846b27366d } from '../../../../collections/Reports/components/ReportPanel'
import { CallPanel as CallPanel_5e5b771fd237eb855240a09a3533486b } from '../../../../collections/DataCalls/CallPanel'
import { OpenCallButton as OpenCallButton_4067b1f164fd5a4a7add00aa8b409cef } from '../../../../collections/DataCalls/OpenCallButton'
import { XlsxUpload as XlsxUpload_5b141c771b6b7db0387e972f224c7706 } from '../../../../collections/DataCallResponses/XlsxUpload'
import { AnswersField as AnswersField_2c2c0b641d647eb0806d8d798db6cdc8 } from '../../../../collections/DataCallResponses/AnswersField'
import { ResponsePanel as ResponsePanel_1de3e0d6bd39886e731162ba59895203 } from '../../../../collections/DataCallResponses/ResponsePanel'
import { AggregatePanel as AggregatePanel_da2f9d2ca022b149796e3a3fc5d67a3a } from '../../../../collections/AggregateReports/components/AggregatePanel'
import { ActionButtons as ActionButtons_e33196106aa801f7c43dca4e2eb59980 } from '../../../../collections/SupportGroupReports/ActionButtons'
import { ImportPanel as ImportPanel_865677db09148b99b91a33b3f904a2ec } from '../../../../src/admin/import/ImportPanel'
import { Icon as Icon_e1041a4fd85466479e467dfe71a48424 } from '../../../../src/app/branding/Icon'
import { Logo as Logo_9f6c267fd7cea517b5f05a549bdbd7bf } from '../../../../src/app/branding/Logo'
import { DashboardView as DashboardView_a1bb500c6e4cc317ad71e1ea6d17410e } from '../../../../dashboards/view/DashboardView'
import { AccountabilityView as AccountabilityView_2184daec16d308657da825361b25116f } from '../../../../dashboards/view/accountability/AccountabilityView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/src/fields/pickers/OptionsSelect#PersonSelect": PersonSelect_78ed51cdf7b11e2f289c983beed4aeb7,
  "/src/fields/ViNumberCell#ViNumberCell": ViNumberCell_fe269554b745068ab41e4f2673eebe7c,
  "/src/fields/ViNumberInput#ViNumberInput": ViNumberInput_a63f66c8ff18844011744490d27ef4b5,
  "/dashboards/view/drillDown/DrillDownCaption#DrillDownCaption": DrillDownCaption_b1b8e2b45d25ef745da969d1bc4c8122,
  "/collections/Documents/urgingDraftButton#UrgingDraftButton": UrgingDraftButton_37bdace4f8919ca6b793deee395c7131,
  "/collections/Documents/IssueButton#IssueButton": IssueButton_357b04307559554dc68c3f5f1881930c,
  "/src/fields/pickers/OptionsSelect#SeatSelect": SeatSelect_78ed51cdf7b11e2f289c983beed4aeb7,
  "/src/fields/PeriodCell#PeriodCell": PeriodCell_60d13dedaa7f0a8c550eedcad3513ce8,
  "/src/fields/PeriodInput#PeriodInput": PeriodInput_49226a52ac668f9ae0737fe43a5f8c95,
  "/src/fields/RequiredWhenLabel#RequiredWhenLabel": RequiredWhenLabel_800318e736edcf2bb62c37e4a83d9e76,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/collections/Meetings/components/MeetingPanel#MeetingPanel": MeetingPanel_4d664817aa32e13673d2c4b01db148ff,
  "/collections/Reports/IndicatorLinesField#IndicatorLinesField": IndicatorLinesField_06535d82b03cc86983f5dd9e21213956,
  "/collections/Reports/components/ReportPanel#ReportPanel": ReportPanel_ae5e0e4f3717aa24d8988a846b27366d,
  "/collections/DataCalls/CallPanel#CallPanel": CallPanel_5e5b771fd237eb855240a09a3533486b,
  "/collections/DataCalls/OpenCallButton#OpenCallButton": OpenCallButton_4067b1f164fd5a4a7add00aa8b409cef,
  "/collections/DataCallResponses/XlsxUpload#XlsxUpload": XlsxUpload_5b141c771b6b7db0387e972f224c7706,
  "/collections/DataCallResponses/AnswersField#AnswersField": AnswersField_2c2c0b641d647eb0806d8d798db6cdc8,
  "/collections/DataCallResponses/ResponsePanel#ResponsePanel": ResponsePanel_1de3e0d6bd39886e731162ba59895203,
  "/collections/AggregateReports/components/AggregatePanel#AggregatePanel": AggregatePanel_da2f9d2ca022b149796e3a3fc5d67a3a,
  "/collections/SupportGroupReports/ActionButtons#ActionButtons": ActionButtons_e33196106aa801f7c43dca4e2eb59980,
  "/src/admin/import/ImportPanel#ImportPanel": ImportPanel_865677db09148b99b91a33b3f904a2ec,
  "/src/app/branding/Icon#Icon": Icon_e1041a4fd85466479e467dfe71a48424,
  "/src/app/branding/Logo#Logo": Logo_9f6c267fd7cea517b5f05a549bdbd7bf,
  "/dashboards/view/DashboardView#DashboardView": DashboardView_a1bb500c6e4cc317ad71e1ea6d17410e,
  "/dashboards/view/accountability/AccountabilityView#AccountabilityView": AccountabilityView_2184daec16d308657da825361b25116f,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
