//! Who is counted and what they may still do: connections open per client,
//! answers and participants per client and per room, wrong codes per
//! client. A client is an IPv4 address or an IPv6 /64 (one device can hold
//! a whole /64). Every map here is bounded.

use std::collections::BTreeMap;
use std::net::IpAddr;

use crate::config::Limits;

/// A client as the room counts it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ClientKey(u128);

impl ClientKey {
    /// Every device beyond [`Limits::max_clients`], counted together: no
    /// real address has this key (IPv4 keys carry the mapped prefix, IPv6
    /// keys end in 1).
    const OVERFLOW: Self = Self(0);

    /// The key of a peer address: IPv4 (also when mapped into IPv6) as is,
    /// IPv6 by its first 64 bits.
    pub fn of(ip: IpAddr) -> Self {
        // IPv4 as its mapped IPv6 address; IPv6 as its /64 with the low
        // bits 1, which no mapped address has.
        let v6 = match ip {
            IpAddr::V4(v4) => v4.to_ipv6_mapped(),
            IpAddr::V6(v6) => v6,
        };
        match v6.to_ipv4_mapped() {
            Some(_) => Self(u128::from(v6)),
            None => Self(((u128::from(v6) >> 64) << 64) | 1),
        }
    }
}

/// Why a request or an answer was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// The body was over the limit.
    TooLarge,
    /// The client was too slow to send the body.
    TooSlow,
    /// Not an answer: bad JSON, wrong content type, unknown fields.
    Malformed,
    /// The amounts do not fit the question.
    Invalid,
    /// This client sent its most answers or made its most participants.
    TooManyFromClient,
    /// The room holds its most participants or took its most answers.
    RoomFull,
}

impl Refusal {
    /// A short English phrase for a log.
    pub fn describe(self) -> &'static str {
        match self {
            Self::TooLarge => "the answer was too large",
            Self::TooSlow => "the answer came too slowly",
            Self::Malformed => "it was not an answer",
            Self::Invalid => "the amounts did not fit the question",
            Self::TooManyFromClient => "that device sent too many answers",
            Self::RoomFull => "the room is full",
        }
    }
}

#[derive(Clone, Copy, Debug, Default)]
struct Client {
    answers: usize,
    participants: usize,
    wrong_codes: usize,
}

/// The answer and code counts of one room.
#[derive(Debug)]
pub struct Quotas {
    limits: Limits,
    clients: BTreeMap<ClientKey, Client>,
    answers: usize,
}

impl Quotas {
    /// No one counted yet.
    pub fn new(limits: Limits) -> Self {
        Self {
            limits,
            clients: BTreeMap::new(),
            answers: 0,
        }
    }

    /// The key a device is counted under: its own, or, once the room counts
    /// its most devices, the one all later devices share — so the caps hold
    /// in sum however many addresses a client uses.
    fn counted_as(&self, key: ClientKey) -> ClientKey {
        if self.clients.contains_key(&key) || self.clients.len() < self.limits.max_clients {
            key
        } else {
            ClientKey::OVERFLOW
        }
    }

    fn client(&mut self, key: ClientKey) -> &mut Client {
        let key = self.counted_as(key);
        self.clients.entry(key).or_default()
    }

    /// Counts a request with a wrong code.
    pub fn wrong_code(&mut self, key: ClientKey) {
        let client = self.client(key);
        client.wrong_codes = client.wrong_codes.saturating_add(1);
    }

    /// Whether this client guessed codes too often: all its requests are
    /// then refused.
    pub fn barred(&self, key: ClientKey) -> bool {
        self.clients
            .get(&self.counted_as(key))
            .is_some_and(|c| c.wrong_codes >= self.limits.max_wrong_codes_per_client)
    }

    /// Whether this answer may be stored; if so, it is counted.
    /// `new_participant` when it would make a new answer file, `held` the
    /// participants the room holds now.
    ///
    /// # Errors
    /// The [`Refusal`] that applies.
    pub fn admit(
        &mut self,
        key: ClientKey,
        new_participant: bool,
        held: usize,
    ) -> Result<(), Refusal> {
        let limits = self.limits.clone();
        if self.answers >= limits.max_answers
            || (new_participant && held >= limits.max_participants)
        {
            return Err(Refusal::RoomFull);
        }
        let client = self.client(key);
        if client.answers >= limits.max_answers_per_client
            || (new_participant && client.participants >= limits.max_participants_per_client)
        {
            return Err(Refusal::TooManyFromClient);
        }
        client.answers += 1;
        if new_participant {
            client.participants += 1;
        }
        self.answers += 1;
        Ok(())
    }

    /// Takes back a count from [`Quotas::admit`] when the answer could not
    /// be written after all.
    pub fn undo(&mut self, key: ClientKey, new_participant: bool) {
        self.answers = self.answers.saturating_sub(1);
        let key = self.counted_as(key);
        if let Some(client) = self.clients.get_mut(&key) {
            client.answers = client.answers.saturating_sub(1);
            if new_participant {
                client.participants = client.participants.saturating_sub(1);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(ip: &str) -> ClientKey {
        ClientKey::of(ip.parse().unwrap())
    }

    #[test]
    fn a_device_is_an_ipv4_address_or_an_ipv6_64() {
        assert_eq!(key("10.0.0.1"), key("::ffff:10.0.0.1"));
        assert_ne!(key("10.0.0.1"), key("10.0.0.2"));
        assert_eq!(key("2001:db8:1:2::1"), key("2001:db8:1:2:ffff::9"));
        assert_ne!(key("2001:db8:1:2::1"), key("2001:db8:1:3::1"));
        assert_ne!(key("0.0.0.1"), key("::1"));
    }

    #[test]
    fn caps_per_client_and_per_room_hold() {
        let limits = Limits {
            max_answers_per_client: 3,
            max_participants_per_client: 2,
            max_participants: 3,
            max_clients: 2,
            ..Limits::default()
        };
        let mut q = Quotas::new(limits);
        let a = key("10.0.0.1");
        assert_eq!(q.admit(a, true, 0), Ok(()));
        assert_eq!(q.admit(a, true, 1), Ok(()));
        assert_eq!(q.admit(a, true, 2), Err(Refusal::TooManyFromClient));
        assert_eq!(q.admit(a, false, 2), Ok(()));
        assert_eq!(q.admit(a, false, 2), Err(Refusal::TooManyFromClient));
        let b = key("10.0.0.2");
        assert_eq!(q.admit(b, true, 2), Ok(()));
        assert_eq!(q.admit(b, true, 3), Err(Refusal::RoomFull));
        q.undo(b, true);
        assert_eq!(q.admit(b, true, 2), Ok(()));
        // Devices beyond the two counted share one count.
        for ip in ["10.0.0.3", "10.0.0.4", "10.0.0.5"] {
            assert_eq!(q.admit(key(ip), false, 3), Ok(()));
        }
        assert_eq!(
            q.admit(key("10.0.0.6"), false, 3),
            Err(Refusal::TooManyFromClient)
        );
        assert_eq!(q.clients.len(), 3);
    }

    #[test]
    fn guessing_codes_bars_the_client_only_and_many_addresses_in_sum() {
        let limits = Limits {
            max_wrong_codes_per_client: 2,
            max_clients: 2,
            ..Limits::default()
        };
        let mut q = Quotas::new(limits);
        let a = key("10.0.0.1");
        q.wrong_code(a);
        assert!(!q.barred(a));
        q.wrong_code(a);
        assert!(q.barred(a) && !q.barred(key("10.0.0.2")));
        q.wrong_code(key("10.0.0.2"));
        // Beyond two devices, every new address guesses from one budget.
        for i in 3..100 {
            q.wrong_code(key(&format!("10.0.1.{i}")));
        }
        assert!(q.barred(key("10.0.2.1")) && !q.barred(key("10.0.0.2")));
        assert_eq!(q.clients.len(), 3);
    }
}
