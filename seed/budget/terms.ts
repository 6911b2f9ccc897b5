import type { BudgetCategory } from '../../hooks/rules/budget'
import type { AgencyKey } from '../agencies'

export type ExpenseSeed = {
  /** Phiếu chi number, the natural key of an expenditure: "PC-2024/002". */
  voucher: string
  date: string
  amount: number
  payee: string
  purpose: string
  /** The voucher number of the expenditure a reversing (negative) entry corrects. */
  reverses?: string
}

export type LineSeed = {
  year: number
  category: BudgetCategory
  source: AgencyKey
  allocated: number
  basis: string
  note?: string
  expenses: ExpenseSeed[]
}

export const decision = (number: string, date: string, year: number, subject?: string) =>
  `Quyết định số ${number}/QĐ-UBND ngày ${date} của UBND tỉnh Quảng Nam ${subject ?? `về giao dự toán kinh phí triển khai Đề án 06 năm ${year}`}`

export const POLICE: AgencyKey = 'police:CA_TINH'
export const HALL = 'Trung tâm Hội nghị – Triển lãm tỉnh Quảng Nam'
export const PRINTER = 'Công ty TNHH In và Dịch vụ Quảng Nam'
export const NEWSPAPER = 'Báo Quảng Nam'
export const BROADCASTER = 'Đài Phát thanh – Truyền hình Quảng Nam'
export const SCHOOL = 'Trường Chính trị tỉnh Quảng Nam'
export const INSPECTORS = 'Thành viên Đoàn kiểm tra (theo bảng kê thanh toán công tác phí)'
