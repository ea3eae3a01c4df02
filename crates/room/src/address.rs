//! Where the room listens and the address participants open.

use std::net::IpAddr;

use crate::code::RoomCode;

/// The address of the interface with the default route — the one the
/// meeting's Wi-Fi (or the facilitator's hotspot) reaches — or `None` when
/// the machine has no network; a room then needs an address chosen.
pub fn default_interface() -> Option<IpAddr> {
    local_ip_address::local_ip().ok()
}

/// The participants' address: `http://192.168.1.20:8080/k7m2-x9pq/`
/// (an IPv6 address in brackets).
pub fn participant_url(ip: IpAddr, port: u16, code: &RoomCode) -> String {
    let host = match ip {
        IpAddr::V4(v4) => v4.to_string(),
        IpAddr::V6(v6) => format!("[{v6}]"),
    };
    format!("http://{host}:{port}/{}/", code.shown())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_name_the_ip_port_and_code() {
        let code = RoomCode::parse("k7m2x9pq").unwrap();
        assert_eq!(
            participant_url("127.0.0.1".parse().unwrap(), 8080, &code),
            "http://127.0.0.1:8080/k7m2-x9pq/"
        );
        assert_eq!(
            participant_url("::1".parse().unwrap(), 80, &code),
            "http://[::1]:80/k7m2-x9pq/"
        );
    }
}
