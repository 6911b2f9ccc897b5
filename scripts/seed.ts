// npm run seed: loads the demo province into the configured database (idempotent).
import { existsSync } from 'node:fs'

if (existsSync('.env')) process.loadEnvFile('.env')

const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const { seedDemo } = await import('../seed')

const payload = await getPayload({ config })
const { logins } = await seedDemo(payload)

console.log('\nDemo logins (one per system role):')
for (const login of logins) {
  console.log(
    `  ${login.role.padEnd(12)} ${login.email.padEnd(36)} ${login.password}   ${login.fullName}`,
  )
}
process.exit(0)
